const view = (
  <div>
    {loading && <Spinner />}
    {error ? <Error message={error.message} /> : <Content />}
    {user?.name ?? <Anonymous />}
    {!items.length && (
      <Empty>
        Nothing here
      </Empty>
    )}
  </div>
);
