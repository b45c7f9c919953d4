using OmniOS.Server.Cli;

return CommandLine.Run(args, Console.Out, Console.Error);
