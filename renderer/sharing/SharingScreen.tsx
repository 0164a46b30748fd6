// Share notes: placeholder screen until its issue lands.

export function SharingScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Share notes</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
