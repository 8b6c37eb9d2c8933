/**
 * Names in a running list ("Qatar, Taliban"), with the separator each language writes: a comma in
 * English and Spanish, the Arabic comma (،) in Dari and Pashto.
 */
import { t } from "@lingui/core/macro";

/** What goes between two names in a list. */
export const listSeparator = () => t({ comment: "between two names in a list", message: ", " });

/** Names in a list: "Diplomacy, Military". */
export const nameList = (names: readonly string[]) => names.join(listSeparator());
