using OmniOS.Bench;

return args switch
{
    ["incremental", var file] => IncrementalParseBench.Run(file, Console.Out),
    ["apply", var file] => ApplyBench.Run(file, Console.Out),
    ["keystroke", var file] => ServerBench.Keystroke(file, Console.Out),
    ["server", var omnios, var project] => ServerBench.Start(omnios, project, Console.Out),
    ["styles"] => StylesBench.Run(null, Console.Out),
    ["styles", var css] => StylesBench.Run(css, Console.Out),
    ["lsp", var project] => LspBench.Run(project, Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: OmniOS.Bench incremental FILE | apply FILE | keystroke FILE | server OMNIOS.DLL PROJECT | styles [CSS] | lsp PROJECT");
    return 64;
}
