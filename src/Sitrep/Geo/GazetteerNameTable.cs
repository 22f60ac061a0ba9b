namespace Sitrep.Geo;

/// <summary>
/// The gazetteer's index from normalised name to places, built once and then only read (so it is thread-safe).
/// Compact on purpose: the names are kept in one character array, and an open-addressing table of key numbers finds
/// them, so half a million names cost a few large arrays rather than a million small objects (which also keeps the
/// garbage collector out of the loading time). Each key's places are a range of one postings array.
/// </summary>
internal sealed class GazetteerNameTable
{
    private readonly char[] _chars;     // the names, one after another
    private readonly int[] _starts;     // key k is _chars[_starts[k].._starts[k + 1]]
    private readonly int[] _hashes;     // the hash of each key
    private readonly int[] _slots;      // open addressing, linear probing: key + 1, or 0 for an empty slot
    private readonly int[] _offsets;    // key k's places are _postings[_offsets[k].._offsets[k + 1]]
    private readonly int[] _postings;

    private GazetteerNameTable(char[] chars, int[] starts, int[] hashes, int[] slots, int[] offsets, int[] postings)
    {
        _chars = chars;
        _starts = starts;
        _hashes = hashes;
        _slots = slots;
        _offsets = offsets;
        _postings = postings;
    }

    public int Count => _starts.Length - 1;

    /// <summary>The places of a normalised name, as the builder was given them (population order); empty if none.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> normalized)
    {
        var key = Find(normalized, Hash(normalized), _chars, _starts, _hashes, _slots);
        return key < 0 ? [] : _postings.AsSpan(_offsets[key], _offsets[key + 1] - _offsets[key]);
    }

    private static int Hash(ReadOnlySpan<char> name) => string.GetHashCode(name);

    private static int Find(ReadOnlySpan<char> name, int hash, char[] chars, int[] starts, int[] hashes, int[] slots)
    {
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0)
                return -1;
            var key = entry - 1;
            if (hashes[key] == hash && chars.AsSpan(starts[key], starts[key + 1] - starts[key]).SequenceEqual(name))
                return key;
        }
    }

    /// <summary>Collects each place's normalised names, in any order of places, then lays the table out.</summary>
    public sealed class Builder
    {
        private char[] _chars = new char[1 << 22];
        private int[] _starts = new int[1 << 19];
        private int[] _hashes = new int[1 << 19];
        private int[] _slots = new int[1 << 20];
        private int _count;

        private int[] _pairKeys = new int[1 << 20];          // the keys of place 0, then of place 1...
        private int _pairCount;
        private int[] _placeStarts = new int[1 << 18];       // place p's keys are _pairKeys[_placeStarts[p].._placeStarts[p + 1]]
        private int _placeCount;
        private readonly Dictionary<int, List<int>> _otherNames = [];  // keys given to places after their own names
        private int _otherCount;

        /// <summary>Starts the names of the next place (places are numbered 0, 1, 2... in the order they start).</summary>
        public void StartPlace()
        {
            if (_placeCount + 2 > _placeStarts.Length)
                Array.Resize(ref _placeStarts, _placeStarts.Length * 2);
            _placeStarts[_placeCount++] = _pairCount;
            _placeStarts[_placeCount] = _pairCount;
        }

        /// <summary>Adds a normalised name to the place last started; a name the place already has is ignored.</summary>
        public void Add(ReadOnlySpan<char> normalized)
        {
            var hash = Hash(normalized);
            var key = Find(normalized, hash, _chars, _starts, _hashes, _slots);
            if (key < 0)
                key = AddKey(normalized, hash);
            else if (_pairKeys.AsSpan(_placeStarts[_placeCount - 1], _pairCount - _placeStarts[_placeCount - 1]).Contains(key))
                return;
            if (_pairCount == _pairKeys.Length)
                Array.Resize(ref _pairKeys, _pairKeys.Length * 2);
            _pairKeys[_pairCount++] = key;
            _placeStarts[_placeCount] = _pairCount;
        }

        /// <summary>
        /// Adds a normalised name to a place started before (a name a user's file gives a GeoNames place); a name the
        /// place already has is ignored.
        /// </summary>
        public void AddTo(int place, ReadOnlySpan<char> normalized)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(place);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(place, _placeCount);
            var hash = Hash(normalized);
            var key = Find(normalized, hash, _chars, _starts, _hashes, _slots);
            if (key < 0)
                key = AddKey(normalized, hash);
            else if (_pairKeys.AsSpan(_placeStarts[place], _placeStarts[place + 1] - _placeStarts[place]).Contains(key))
                return;
            if (!_otherNames.TryGetValue(place, out var keys))
                _otherNames[place] = keys = [];
            if (keys.Contains(key))
                return;
            keys.Add(key);
            _otherCount++;
        }

        private int AddKey(ReadOnlySpan<char> name, int hash)
        {
            if (_count + 2 > _starts.Length)
            {
                Array.Resize(ref _starts, _starts.Length * 2);
                Array.Resize(ref _hashes, _hashes.Length * 2);
            }
            var start = _starts[_count];
            if (start + name.Length > _chars.Length)
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, start + name.Length));
            name.CopyTo(_chars.AsSpan(start));
            var key = _count++;
            _starts[_count] = start + name.Length;
            _hashes[key] = hash;
            if (_count * 2 > _slots.Length)
                _slots = Slots(_hashes, _count, _slots.Length * 2); // the new key is placed too
            else
                Place(_slots, key, hash);
            return key;
        }

        private static int[] Slots(int[] hashes, int count, int size)
        {
            var slots = new int[size];
            for (var key = 0; key < count; key++)
                Place(slots, key, hashes[key]);
            return slots;
        }

        private static void Place(int[] slots, int key, int hash)
        {
            var mask = slots.Length - 1;
            var slot = hash & mask;
            while (slots[slot] != 0)
                slot = (slot + 1) & mask;
            slots[slot] = key + 1;
        }

        /// <param name="placeOrder">The places in the order their postings should list them (most populous first).</param>
        public GazetteerNameTable Build(ReadOnlySpan<int> placeOrder)
        {
            var offsets = new int[_count + 1];
            for (var pair = 0; pair < _pairCount; pair++)
                offsets[_pairKeys[pair] + 1]++;
            foreach (var keys in _otherNames.Values)
                foreach (var key in keys)
                    offsets[key + 1]++;
            for (var key = 0; key < _count; key++)
                offsets[key + 1] += offsets[key];
            var next = offsets[..^1];
            var postings = new int[_pairCount + _otherCount];
            foreach (var place in placeOrder)
            {
                for (var pair = _placeStarts[place]; pair < _placeStarts[place + 1]; pair++)
                    postings[next[_pairKeys[pair]]++] = place;
                if (_otherNames.TryGetValue(place, out var keys))
                    foreach (var key in keys)
                        postings[next[key]++] = place;
            }

            // Trimmed to size; the slot table is rebuilt at the smallest power of two that keeps it at most half full.
            var size = 1;
            while (size < _count * 2)
                size *= 2;
            var hashes = _hashes[.._count];
            return new GazetteerNameTable(
                _chars[.._starts[_count]], _starts[..(_count + 1)], hashes, Slots(hashes, _count, size), offsets, postings);
        }
    }
}
