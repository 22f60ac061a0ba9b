using Sitrep.Dates;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Extraction;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_refuses_a_stage_whose_needs_no_earlier_stage_meets()
    {
        var builder = new SitrepPipelineBuilder().UsePublicationDates();
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("CleanedText", error.Message);
    }

    [Fact]
    public void The_version_changes_with_the_knowledge_files()
    {
        using var folder = new TemporaryFolder();
        CopyDirectory(RepositoryPaths.TestDictionaries, folder.Path);
        var before = new SitrepPipelineBuilder().UseDefaults(folder.Path).Build().Version;
        Assert.Equal(before, new SitrepPipelineBuilder().UseDefaults(folder.Path).Build().Version);

        File.AppendAllText(Path.Combine(folder.Path, "events", "cues.tsv"), "CT99\tpromised\tnon-event\n");
        Assert.NotEqual(before, new SitrepPipelineBuilder().UseDefaults(folder.Path).Build().Version);
    }

    [Fact]
    public void A_malformed_knowledge_file_is_named_with_its_line()
    {
        using var folder = new TemporaryFolder();
        CopyDirectory(RepositoryPaths.TestDictionaries, folder.Path);
        File.AppendAllText(Path.Combine(folder.Path, "events", "triggers.tsv"), "TT99\tbombarded\tverb\tExplosions/Remote violence\tBombardment\t-\t-\n");
        var error = Assert.Throws<Sitrep.Knowledge.KnowledgeFileException>(() => new SitrepPipelineBuilder().UseDefaults(folder.Path));
        Assert.EndsWith("triggers.tsv", error.Path);
        Assert.True(error.Line > 0);
        Assert.Contains("Bombardment", error.Message);
    }

    [Fact]
    public void Stages_run_in_the_order_they_were_added() =>
        Assert.Equal(["clean", "sentences", "published", "events"],
            new SitrepPipelineBuilder().UseDefaults(RepositoryPaths.TestDictionaries).Build().Stages.Select(s => s.Name).ToArray());

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
