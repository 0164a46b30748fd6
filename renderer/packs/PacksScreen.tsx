// Meetings and packs: placeholder screen until its issue lands.

export function PacksScreen(_props: { packId: string | null }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Meetings and packs</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
