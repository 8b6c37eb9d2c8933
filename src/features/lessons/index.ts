/** Lessons, loaded only when one is opened (lesson= or path=) or the builder is: the panel, its worksheet, the builder. */
export { LessonPanel, type LessonContext, type LessonPanelProps } from "./lesson-panel";
export { Worksheet } from "./worksheet";
export { LessonBuilder, type LessonBuilderProps } from "./lesson-builder";
