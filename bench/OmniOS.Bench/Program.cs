using OmniOS.Bench;

return args switch
{
    ["incremental", var file] => IncrementalParseBench.Run(file, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OmniOS.Bench incremental FILE");
    return 64;
}
