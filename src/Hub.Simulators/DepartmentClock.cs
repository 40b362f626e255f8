namespace Hub.Simulators;

public static class DepartmentClock
{
    /// <summary>Departments keep China Standard Time (UTC+8, no daylight saving); their "today" is its date.</summary>
    public static DateOnly DepartmentToday(this TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
}
