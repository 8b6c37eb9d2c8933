/** Each argument is one paragraph, so the blank-line separator the format asks for is written in one place. */
export const paragraphs = (...parts: string[]): string => parts.join("\n\n");
