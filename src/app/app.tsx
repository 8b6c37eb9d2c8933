import { Explorer } from "./explorer";
import { FeatureBoundary } from "./feature-boundary";
import { useDatasetSource } from "./use-dataset-source";

/** The last line of defence: if the explorer itself fails, the page says so and offers a fresh start. */
export function App() {
  return (
    <FeatureBoundary name="the explorer" onReset={() => window.location.assign(window.location.pathname)}>
      <ExplorerWithData />
    </FeatureBoundary>
  );
}

function ExplorerWithData() {
  const source = useDatasetSource();
  return <Explorer source={source} />;
}
