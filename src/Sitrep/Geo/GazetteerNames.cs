namespace Sitrep.Geo;

/// <summary>
/// The gazetteer's name normaliser, shared (as a linked source file) with tools/Sitrep.GazetteerBuilder, which uses it
/// to drop alternate names that add nothing to a lookup. The rules are documented on
/// <see cref="Gazetteer.NormalizeName"/>.
/// </summary>
/// <remarks>
/// Does not use <see cref="string.Normalize()"/>: the project builds with InvariantGlobalization, under which
/// Unicode normalisation does nothing. Latin letters with diacritics are folded by the table below instead
/// (Latin-1 Supplement, Latin Extended-A and -B, the IPA letters African names use, Latin Extended Additional; made
/// from the Unicode decompositions, plus the letters that have none, such as ø, ł, đ, ı, ß, æ).
/// </remarks>
internal static class GazetteerNames
{
    /// <summary>
    /// Arabic articles ("al-", its variant "el-" and its sun-letter forms, in English and French transliteration:
    /// "ash-Shuwayfat", "ech Choueifat") that a name may or may not spell.
    /// </summary>
    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ech", "esh", "es", "ez", "ed", "er", "en", "et"];

    private const char FirstFolded = '\u00C0';
    private const char LastFolded = '\u1EFF';

    // Folded form by letter; both cases are listed so the table does not depend on the culture's case mapping.
    private static readonly (string To, string From)[] FoldGroups =
    [
        // The schwa is Azerbaijani's, which English writes "a" ("Gǝdǝbǝy" is Gadabay, "Tǝrtǝr" Tartar).
        ("a", "ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎǞǟǠǡǺǻȀȁȂȃȦȧȺḀḁẚẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặƏǝə"),
        ("ae", "ÆæǢǣǼǽ"),
        ("b", "ƀƁƂƃɃɓḂḃḄḅḆḇ"),
        ("c", "ÇçĆćĈĉĊċČčƇƈȻȼḈḉ"),
        ("d", "ÐðĎďĐđƉƊƋƌȡɖɗḊḋḌḍḎḏḐḑḒḓẟ"),
        ("db", "ȸ"),
        ("dz", "ǄǅǆǱǲǳ"),
        ("e", "ÈÉÊËèéêëĒēĔĕĖėĘęĚěƎƐȄȅȆȇȨȩɆɇɛḔḕḖḗḘḙḚḛḜḝẸẹẺẻẼẽẾếỀềỂểỄễỆệ"),
        ("f", "ƑƒḞḟ"),
        ("g", "ĜĝĞğĠġĢģƓƔǤǥǦǧǴǵɠɣḠḡ"),
        ("h", "ĤĥĦħȞȟḢḣḤḥḦḧḨḩḪḫẖ"),
        ("hv", "ƕǶ"),
        ("i", "ÌÍÎÏìíîïĨĩĪīĬĭĮįİıƖƗǏǐȈȉȊȋɨɩḬḭḮḯỈỉỊị"),
        ("ij", "Ĳĳ"),
        ("j", "ĴĵǰȷɈɉ"),
        ("k", "ĶķĸƘƙǨǩḰḱḲḳḴḵ"),
        ("l", "ĹĺĻļĽľĿŀŁłƚȴȽḶḷḸḹḺḻḼḽ"),
        ("lj", "Ǉǈǉ"),
        ("ll", "Ỻỻ"),
        ("m", "ḾḿṀṁṂṃ"),
        ("n", "ÑñŃńŅņŇňŉƝƞǸǹȠȵɲṄṅṆṇṈṉṊṋ"),
        ("ng", "Ŋŋ"),
        ("nj", "Ǌǋǌ"),
        ("o", "ÒÓÔÕÖØòóôõöøŌōŎŏŐőƆƟƠơǑǒǪǫǬǭǾǿȌȍȎȏȪȫȬȭȮȯȰȱɔɵṌṍṎṏṐṑṒṓỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợ"),
        ("oe", "Œœ"),
        ("oi", "Ƣƣ"),
        ("ou", "Ȣȣ"),
        ("p", "ƤƥṔṕṖṗ"),
        ("qp", "ȹ"),
        ("r", "ŔŕŖŗŘřȐȑȒȓɌɍṘṙṚṛṜṝṞṟ"),
        ("s", "ŚśŜŝŞşŠšſƨȘșȿṠṡṢṣṤṥṦṧṨṩẛẜẝ"),
        ("ss", "ßẞ"),
        ("t", "ŢţŤťŦŧƫƬƭƮȚțȶȾʈṪṫṬṭṮṯṰṱẗ"),
        ("th", "Þþ"),
        ("u", "ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųƯưǓǔǕǖǗǘǙǚǛǜȔȕȖȗɄʉṲṳṴṵṶṷṸṹṺṻỤụỦủỨứỪừỬửỮữỰự"),
        ("v", "ƲʋṼṽṾṿỼỽ"),
        ("w", "ŴŵẀẁẂẃẄẅẆẇẈẉẘ"),
        ("x", "ẊẋẌẍ"),
        ("y", "ÝýÿŶŷŸƳƴȜȝȲȳɎɏẎẏẙỲỳỴỵỶỷỸỹỾỿ"),
        ("z", "ŹźŻżŽžƵƶƷǮǯȤȥɀʒẐẑẒẓẔẕ"),
    ];

    private static readonly string?[] Fold = BuildFold();

    private static string?[] BuildFold()
    {
        var fold = new string?[LastFolded - FirstFolded + 1];
        foreach (var (to, from) in FoldGroups)
            foreach (var c in from)
                fold[c - FirstFolded] = to;
        return fold;
    }

    /// <summary>
    /// A name with its accented letters folded to plain ones, case kept ("Bingöl" is "Bingol"), marks dropped; the
    /// runtime's own normalisation is not at hand in invariant globalisation mode.
    /// </summary>
    public static string FoldAccents(string name)
    {
        var folded = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c >= FirstFolded && c <= LastFolded && Fold[c - FirstFolded] is { } to)
                folded.Append(char.IsUpper(c) ? char.ToUpperInvariant(to[0]) + to[1..] : to);
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        }
        return folded.ToString();
    }

    /// <summary>The longest normalised form of a name of <paramref name="length"/> characters (a letter folds to at most two).</summary>
    public static int MaxNormalizedLength(int length) => 2 * length;

    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var maximum = MaxNormalizedLength(name.Length);
        var buffer = maximum <= 512 ? stackalloc char[maximum] : new char[maximum];
        return new string(buffer[..Normalize(name, buffer)]);
    }

    /// <summary>Writes the normalised form of <paramref name="name"/> into <paramref name="destination"/>, which must
    /// hold <see cref="MaxNormalizedLength"/> characters, and returns its length.</summary>
    public static int Normalize(ReadOnlySpan<char> name, Span<char> destination)
    {
        // Pass 1: fold and lower letters, drop marks and apostrophes, turn every other run of characters into one space.
        var length = 0;
        foreach (var c in name)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
                    destination[length++] = c;
                else if (char.IsAsciiLetterUpper(c))
                    destination[length++] = (char)(c | 0x20);
                else if (c is not ('\'' or '`'))
                    Separate(destination, ref length);
                continue;
            }
            if (IsApostrophe(c) || IsCombiningMark(c))
                continue;
            if (c <= LastFolded && c >= FirstFolded && Fold[c - FirstFolded] is { } folded)
            {
                if (folded.Length == 1)
                    destination[length++] = folded[0];
                else
                {
                    folded.AsSpan().CopyTo(destination[length..]);
                    length += folded.Length;
                }
            }
            else if (char.IsLetterOrDigit(c))
                destination[length++] = char.ToLowerInvariant(c);
            else if (char.IsSurrogate(c))
                destination[length++] = c; // a letter outside the Basic Multilingual Plane: kept as it is
            else
                Separate(destination, ref length);
        }
        if (length > 0 && destination[length - 1] == ' ')
            length--;

        // Pass 2: articles. Dropped at the start of the name while another word follows; read as "al" before any
        // later word. Most names have none, and are only scanned.
        var text = destination[..length];
        var write = 0;
        var start = 0;
        while (start < length)
        {
            var end = start;
            while (end < length && text[end] != ' ')
                end++;
            var word = text[start..end];
            var isArticle = end < length && IsArticle(word);
            if (isArticle && write == 0)
            {
                // At the start (or after articles already dropped): dropped, with its space.
            }
            else if (isArticle)
            {
                text[write++] = 'a';
                text[write++] = 'l';
                text[write++] = ' ';
            }
            else
            {
                if (write != start)
                    word.CopyTo(text[write..]);
                write += word.Length;
                if (end < length)
                    text[write++] = ' ';
            }
            start = end + 1;
        }
        return write;
    }

    private static void Separate(Span<char> destination, ref int length)
    {
        if (length > 0 && destination[length - 1] != ' ')
            destination[length++] = ' ';
    }

    /// <summary>Whether a word (lower case) is one of the Arabic articles a name may or may not spell.</summary>
    public static bool IsArticle(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 3 || word[0] is not ('a' or 'e'))
            return false;
        foreach (var article in Articles)
            if (word.SequenceEqual(article))
                return true;
        return false;
    }

    /// <summary>Apostrophes and the marks transliterations use for ʿayn and hamza: removed, not turned into spaces.</summary>
    private static bool IsApostrophe(char c) =>
        c is '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u00B4'
            or '\u02B9' or '\u02BB' or '\u02BC' or '\u02BD' or '\u02BE' or '\u02BF' or '\u02C8';

    private static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>A variant key shorter than this many letters matches too many places to tell anything alone.</summary>
    public const int MinVariantLetters = 4;

    /// <summary>
    /// Shorter keys are indexed too, down to this many letters: "Shadadah" (Ash Shaddadah) and "Basira" (Al Busayrah)
    /// have three, and are found by them where the text names the division they lie in. Keys of two letters match
    /// thousands of places each, and cost more to read than they place.
    /// </summary>
    public const int MinIndexedVariantLetters = 3;

    /// <summary>
    /// The transliteration variant key of a normalised name: what is left when the letters transliterations disagree
    /// on are taken out. Vowels, and "w", "y" and a word-final "h" after a vowel, are dropped (a word's first vowel
    /// stands as "a"; a first "y" or "w" stays); "ch" is "sh", "q" is "k", "ph" is "f", "dj" is "j", "dh" is "th" (Arabic's
    /// dhal: "Dhiban", "Thiban"); doubled letters are one; a lone "al" (an
    /// article inside a name) is dropped. "Idleb" and "Idlib", "Nabatiyeh" and "An Nabatiyah", "Sweida" and
    /// "As Suwayda", "Deir ez-Zor" and "Dayr az Zawr", "Svitlodarsk" and "Svetlodarsk" have the same key. Returns the
    /// key's length, 0 when it would be shorter than <paramref name="minimumLetters"/> letters.
    /// </summary>
    /// <param name="normalized">A name as <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/> writes it.</param>
    /// <param name="destination">At least as long as <paramref name="normalized"/>.</param>
    /// <param name="minimumLetters">The fewest letters a key may have.</param>
    public static int VariantKey(ReadOnlySpan<char> normalized, Span<char> destination, int minimumLetters = MinVariantLetters)
    {
        var length = 0;
        var letters = 0;
        var start = 0;
        while (start < normalized.Length)
        {
            var end = start;
            while (end < normalized.Length && normalized[end] != ' ')
                end++;
            var word = normalized[start..end];
            start = end + 1;
            if (word.SequenceEqual("al"))
                continue;
            if (length > 0)
                destination[length++] = ' ';
            var wordStart = length;
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                var next = i + 1 < word.Length ? word[i + 1] : '\0';
                char? letter;
                if (i == 0 && IsVowel(c) && c != 'y')
                    letter = 'a';
                else if (IsVowel(c) || c is 'w' or 'y' && i > 0)
                    letter = null;
                else if (c == 'h' && i > 0 && i == word.Length - 1 && IsVowel(word[i - 1]))
                    letter = null;
                else if (c == 'c' && next == 'h')
                {
                    destination[length++] = 's';
                    destination[length++] = 'h';
                    letters += 2; // as many as "sh" spelled so
                    i++;
                    continue;
                }
                else if (c == 'p' && next == 'h')
                {
                    letter = 'f';
                    i++;
                }
                else if (c == 'd' && next == 'j')
                {
                    letter = 'j';
                    i++;
                }
                else if (c == 'd' && next == 'h')
                {
                    destination[length++] = 't';
                    destination[length++] = 'h';
                    letters += 2;
                    i++;
                    continue;
                }
                else
                    letter = c == 'q' ? 'k' : c;
                if (letter is not { } l)
                    continue;
                if (length > wordStart && destination[length - 1] == l)
                    continue; // doubled letters are one
                destination[length++] = l;
                letters++;
            }
            if (length == wordStart && length > 0)
                length--; // a word of nothing but dropped letters leaves no space behind
        }
        return letters >= minimumLetters ? length : 0;
    }

    /// <summary>Removes the spaces of a variant key in place ("mrpr khs" → "mrprkhs"); returns the new length.</summary>
    public static int JoinWords(Span<char> key)
    {
        var length = 0;
        foreach (var c in key)
            if (c != ' ')
                key[length++] = c;
        return length;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
