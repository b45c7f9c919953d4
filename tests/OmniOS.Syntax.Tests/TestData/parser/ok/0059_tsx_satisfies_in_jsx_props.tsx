const el = (
  <Chart
    options={{ responsive: true } satisfies ChartOptions}
    data={data as Data}
    style={{ color: 'red' } as const}
    ref={ref!}
  />
);
