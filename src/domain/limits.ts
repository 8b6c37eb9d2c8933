/** The largest dataset file the explorer opens: enough for tens of thousands of events. */
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;
