using OmniOS.Bench;

return args switch
{
    ["incremental", var file] => IncrementalParseBench.Run(file, Console.Out),
    ["apply", var file] => ApplyBench.Run(file, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OmniOS.Bench incremental FILE | apply FILE");
    return 64;
}
