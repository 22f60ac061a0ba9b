namespace Sitrep.Events;

/// <summary>
/// The ACLED event and sub-event type names the code reasons with, spelled as in the codebook (and in
/// <c>data/events/sub-event-types.tsv</c>, which the loader checks every trigger and weapon against).
/// </summary>
public static class AcledTypes
{
    public const string Battles = "Battles";
    public const string ExplosionsRemoteViolence = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";

    public const string ArmedClash = "Armed clash";
    public const string AirDroneStrike = "Air/drone strike";
    public const string ShellingArtilleryMissileAttack = "Shelling/artillery/missile attack";
    public const string Attack = "Attack";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string ExcessiveForceAgainstProtesters = "Excessive force against protesters";
    public const string MobViolence = "Mob violence";
    public const string ViolentDemonstration = "Violent demonstration";
    public const string LootingPropertyDestruction = "Looting/property destruction";
    public const string Arrests = "Arrests";
    public const string NonStateActorOvertakesTerritory = "Non-state actor overtakes territory";
    public const string GovernmentRegainsTerritory = "Government regains territory";
    public const string DisruptedWeaponsUse = "Disrupted weapons use";
}
