using Sitrep.Dates;
using Sitrep.Knowledge;
using Sitrep.Tests.Support;
using Sitrep.Text;

namespace Sitrep.Tests.Dates;

public sealed class EventDateResolverTests
{
    private static readonly EventDateResolver Resolver =
        new(EventPatterns.Load(RepositoryPaths.TestDictionaries).RelativeDates);

    // 2024-09-30 is a Monday.
    private static readonly DateOnly Published = new(2024, 9, 30);

    public static TheoryData<string, string, string?, int> Cases() => new()
    {
        // sentence | earliest | latest (null: one day) | precision
        { "Rockets hit the base on Monday.", "2024-09-30", null, 1 },
        { "Rockets hit the base late on Sunday.", "2024-09-29", null, 1 },
        { "Early Friday at 5:30 a.m., a drone struck.", "2024-09-27", null, 1 },
        { "A drone struck on September 29, 2024.", "2024-09-29", null, 1 },
        { "A drone struck on 20 September.", "2024-09-20", null, 1 },
        { "A drone struck on Sept. 3.", "2024-09-03", null, 1 },
        { "A drone struck on 2024-09-02.", "2024-09-02", null, 1 },
        { "A drone struck in December.", "", null, 0 }, // a month alone is no day: left to the caller
        { "Troops clashed yesterday.", "2024-09-29", null, 1 },
        { "Drones struck overnight.", "2024-09-29", "2024-09-30", 1 },
        { "Clashes broke out last week.", "2024-09-23", "2024-09-29", 2 },
        { "Clashes broke out earlier this week.", "2024-09-30", null, 2 },
        { "Protests were held last month.", "2024-08-01", "2024-08-31", 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_against_the_publication_date(string sentence, string earliest, string? latest, int precision)
    {
        var resolution = Resolver.Resolve(sentence, Tokenizer.Tokenize(sentence), Published, previous: null);
        if (precision == 0)
        {
            Assert.Null(resolution.Date);
            Assert.Equal(DateMiss.NoTimeExpression, resolution.Miss);
            return;
        }
        Assert.NotNull(resolution.Date);
        Assert.Equal(earliest, resolution.Date.Earliest.ToString("yyyy-MM-dd"));
        Assert.Equal(latest ?? earliest, resolution.Date.Latest.ToString("yyyy-MM-dd"));
        Assert.Equal((TimePrecision)precision, resolution.Date.Precision);
    }

    [Fact]
    public void A_day_earlier_counts_from_the_previous_event_or_says_why_not()
    {
        const string sentence = "A day earlier, a drone struck the port.";
        var tokens = Tokenizer.Tokenize(sentence);
        var anchored = Resolver.Resolve(sentence, tokens, Published, EventDate.Day(new DateOnly(2024, 9, 30)));
        Assert.Equal(new DateOnly(2024, 9, 29), anchored.Date!.Earliest);

        var alone = Resolver.Resolve(sentence, tokens, Published, previous: null);
        Assert.Null(alone.Date);
        Assert.Equal(DateMiss.NoPreviousEvent, alone.Miss);
    }

    [Fact]
    public void Days_earlier_counts_back_from_a_date_in_the_same_sentence()
    {
        const string sentence = "Mourners marched for a leader killed days earlier, in Baghdad on September 29, 2024.";
        var resolution = Resolver.Resolve(sentence, Tokenizer.Tokenize(sentence), Published, previous: null);
        Assert.Equal(new DateOnly(2024, 9, 22), resolution.Date!.Earliest);
        Assert.Equal(new DateOnly(2024, 9, 28), resolution.Date.Latest);
        Assert.Equal(TimePrecision.Week, resolution.Date.Precision);
    }

    [Fact]
    public void A_date_the_sentence_opens_with_outranks_a_day_before_told_after_it()
    {
        const string sentence = "On 28 September 2024, violence broke out in the wake of the murder of a driver the day before.";
        var resolution = Resolver.Resolve(sentence, Tokenizer.Tokenize(sentence), Published, previous: null);
        Assert.Equal(new DateOnly(2024, 9, 28), resolution.Date!.Earliest);
        Assert.Equal("absolute-date", resolution.RuleId);
    }

    [Fact]
    public void Without_a_publication_date_a_weekday_is_a_miss_not_a_guess()
    {
        const string sentence = "Rockets hit the base on Monday.";
        var resolution = Resolver.Resolve(sentence, Tokenizer.Tokenize(sentence), published: null, previous: null);
        Assert.Null(resolution.Date);
        Assert.Equal(DateMiss.NoPublicationDate, resolution.Miss);
    }

    [Fact]
    public void An_event_date_range_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => new EventDate(new DateOnly(2024, 9, 30), new DateOnly(2024, 9, 1), TimePrecision.Week));
}
