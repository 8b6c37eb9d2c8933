import { Explorer } from "./explorer";
import { useDatasetSource } from "./use-dataset-source";

export function App() {
  const source = useDatasetSource();
  return <Explorer source={source} />;
}
