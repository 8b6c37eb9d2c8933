/** Lesson mode, loaded only when a lesson is opened (lesson= or path=): the panel and its worksheet. */
export { LessonPanel, type LessonContext, type LessonPanelProps } from "./lesson-panel";
export { Worksheet } from "./worksheet";
