class Point {
  constructor(
    public x: number,
    private readonly y: number,
    protected z?: number,
    readonly label = 'p',
    override id: string = '',
  ) {}
}
class Service {
  constructor(private http: Http, public readonly config: Config) {}
}
