export function App() {
  return (
    <main>
      <h1>Waypoint</h1>
      <p>Your private journal.</p>
    </main>
  );
}
