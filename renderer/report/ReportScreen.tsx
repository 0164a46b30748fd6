// Report: placeholder screen until its issue lands.

export function ReportScreen(_props: { reportId: string; findingId: string | null }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title">Report</h1>
      <p>This part of Scrutiny Desk is not built yet.</p>
    </section>
  );
}
