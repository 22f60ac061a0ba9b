using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Bench.PipelineBenchmarks).Assembly).Run(args);
