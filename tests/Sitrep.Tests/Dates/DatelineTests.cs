using Sitrep.Dates;

namespace Sitrep.Tests.Dates;

/// <summary>The dateline a wire story opens with, which the coder blanks out.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("KANO, Nigeria, Nov. 5 (Sitrep Wire) - Gunmen killed three people.", "KANO, Nigeria, Nov. 5 (Sitrep Wire)")]
    [InlineData("Gaza City, Oct 9 — Airstrikes hit the city overnight.", "Gaza City, Oct 9")]
    // A sentence that opens with its date is no dateline, though a dash follows in a place's name.
    [InlineData("On Sunday, Israeli warplanes struck a house in Gaza - Shujaiyya, killing two people.", null)]
    [InlineData("On 3 May, Israeli warplanes struck a house in Gaza - Shujaiyya, killing two people.", null)]
    public void Finds_the_dateline_only_where_a_place_opens_the_paragraph(string paragraph, string? dateline) =>
        Assert.Equal(dateline, PublicationDateInference.Dateline(paragraph));
}
