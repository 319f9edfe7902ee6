using System.Text;
using CenterSim.Reporting.Files;

namespace CenterSim.Tests.Reporting;

public class AtomicFileTests
{
    [Fact]
    public void Write_replaces_the_file_and_leaves_no_temp_file()
    {
        using var dir = new TempFolder();
        var path = dir["a.txt"];

        AtomicFile.WriteAllText(path, "first");
        AtomicFile.WriteAllText(path, "second");

        Assert.Equal("second", File.ReadAllText(path));
        Assert.Equal(["a.txt"], dir.Entries());
    }

    [Fact]
    public void Failed_write_keeps_the_old_file_and_removes_the_temp_file()
    {
        using var dir = new TempFolder();
        var path = dir["a.txt"];
        AtomicFile.WriteAllText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(Encoding.UTF8.GetBytes("half-writ"));
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal(["a.txt"], dir.Entries());
    }

    [Fact]
    public void Text_is_utf8_without_bom()
    {
        using var dir = new TempFolder();
        AtomicFile.WriteAllText(dir["a.txt"], "数据");
        Assert.Equal(Encoding.UTF8.GetBytes("数据"), File.ReadAllBytes(dir["a.txt"]));
    }

    [Fact]
    public void Staging_folder_moves_all_files_in_and_removes_itself()
    {
        using var dir = new TempFolder();
        var dest = dir["out"];

        using (var stage = StagingFolder.For(dest))
        {
            Assert.Equal(dir.Path, Path.GetDirectoryName(stage.Path));
            stage.Write("one.txt", s => s.Write("1"u8));
            stage.Write("marker.json", s => s.Write("{}"u8));
            Assert.False(Directory.Exists(dest));
            stage.Commit();
        }

        Assert.Equal(["out", Path.Combine("out", "marker.json"), Path.Combine("out", "one.txt")], dir.Entries());
    }

    [Fact]
    public void Abandoned_staging_leaves_the_destination_untouched()
    {
        using var dir = new TempFolder();
        var dest = dir["out"];
        Directory.CreateDirectory(dest);
        File.WriteAllText(Path.Combine(dest, "one.txt"), "old");

        using (var stage = StagingFolder.For(dest))
        {
            stage.Write("one.txt", s => s.Write("new"u8));
            Assert.Throws<InvalidOperationException>(() =>
                stage.Write("two.txt", _ => throw new InvalidOperationException("interrupted")));
        }

        Assert.Equal("old", File.ReadAllText(Path.Combine(dest, "one.txt")));
        Assert.Equal(["out", Path.Combine("out", "one.txt")], dir.Entries());
    }

    [Fact]
    public void Commit_removes_files_the_new_set_no_longer_has()
    {
        using var dir = new TempFolder();
        var dest = dir["out"];
        Directory.CreateDirectory(dest);
        File.WriteAllText(Path.Combine(dest, "stale.csv"), "old");
        File.WriteAllText(Path.Combine(dest, "keep.txt"), "mine");

        using (var stage = StagingFolder.For(dest))
        {
            stage.RemoveOnCommit("stale.csv");
            stage.Write("marker.json", s => s.Write("{}"u8));
            stage.Commit();
            Assert.Throws<InvalidOperationException>(() => stage.Write("late.txt", s => s.Write("x"u8)));
        }

        Assert.Equal(["out", Path.Combine("out", "keep.txt"), Path.Combine("out", "marker.json")], dir.Entries());
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("sub/file.txt")]
    [InlineData("")]
    public void Staged_names_must_be_plain_file_names(string name)
    {
        using var dir = new TempFolder();
        using var stage = StagingFolder.For(dir["out"]);
        Assert.ThrowsAny<ArgumentException>(() => stage.Write(name, s => s.Write("x"u8)));
    }
}
