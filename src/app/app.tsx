import { usTalibanRelations } from "../data/us-taliban-relations";
import { Explorer } from "./explorer";

export function App() {
  return <Explorer dataset={usTalibanRelations} />;
}
