import { usTalibanRelations as dataset } from "../data/us-taliban-relations";

export function App() {
  return (
    <main className="mx-auto max-w-3xl p-6">
      <h1 className="text-2xl font-semibold">{dataset.title}</h1>
      <p>{dataset.description}</p>
      <ol>
        {dataset.events.map((event) => (
          <li key={event.id} data-event-id={event.id}>
            {event.start} {event.title}
          </li>
        ))}
      </ol>
    </main>
  );
}
