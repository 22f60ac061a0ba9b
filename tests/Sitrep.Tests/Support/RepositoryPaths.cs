namespace Sitrep.Tests.Support;

/// <summary>Folders of the source checkout the tests read: test data, the real knowledge files, the samples.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestData => Path.Combine(Root, "testdata");

    /// <summary>The made-up dictionaries code tests use, so editing the real ones never breaks them.</summary>
    public static string TestDictionaries => Path.Combine(Root, "testdata", "dictionaries");

    /// <summary>The real knowledge files, for the suite that checks them.</summary>
    public static string Data => Path.Combine(Root, "data");

    public static string Samples => Path.Combine(Root, "samples");

    public static string SharedCorpus => Path.Combine(Root, "..", "shared", "corpus");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Sitrep.slnx")))
                return directory.FullName;
        }
        throw new InvalidOperationException("the tests must run inside the Sitrep checkout (Sitrep.slnx not found)");
    }
}

/// <summary>A folder under the system temp directory, deleted when disposed.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow file system; the temp folder is cleaned by the system eventually.
        }
    }
}
