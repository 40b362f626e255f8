using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hub.Core.Persistence;

/// <summary>Stores a DateTimeOffset as UTC ticks so SQLite can compare and sort it.</summary>
public sealed class DateTimeOffsetTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
