namespace Hub.Core.Protection;

/// <summary>The current master key, which wraps, and the retired ones, which only unwrap until re-wrapping is done.</summary>
public sealed class MasterKeys(MasterKey current, IEnumerable<MasterKey> retired)
{
    public MasterKey Current { get; } = current;
    public IReadOnlyList<MasterKey> Retired { get; } = retired.Where(k => k.Id != current.Id).DistinctBy(k => k.Id).ToList();

    public MasterKey? Find(string id) => id == Current.Id ? Current : Retired.FirstOrDefault(k => k.Id == id);
}
