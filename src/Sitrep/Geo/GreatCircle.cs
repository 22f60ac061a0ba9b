namespace Sitrep.Geo;

/// <summary>Distances on the Earth taken as a sphere of its mean radius: within 0.5% of the ellipsoid, plenty for
/// "within 25 km" and for telling two villages of one name apart.</summary>
public static class GreatCircle
{
    public const double MeanEarthRadiusKm = 6371.0088;

    /// <summary>The haversine distance in kilometres between two points given in degrees.</summary>
    public static double Kilometres(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLatitude = Radians(latitude2 - latitude1);
        var dLongitude = Radians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLatitude / 2), 2) +
                Math.Cos(Radians(latitude1)) * Math.Cos(Radians(latitude2)) * Math.Pow(Math.Sin(dLongitude / 2), 2);
        return 2 * MeanEarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
