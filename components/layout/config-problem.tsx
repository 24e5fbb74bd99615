export function ConfigProblem({ problems }: { problems: string[] }) {
  return (
    <section className="panel panel--error" role="alert">
      <h1>Gigscovery is not configured yet</h1>
      <p>The server is missing some settings:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
      <p>
        See <code>.env.example</code>, or run <code>npm run demo</code> to try it on demo data.
      </p>
    </section>
  );
}
