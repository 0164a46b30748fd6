// Questions and follow-ups: placeholder screen until its issue lands.

export function QuestionsScreen() {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Questions and follow-ups</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
