#!/usr/bin/env python3
"""Generates lunar-1900-2100.txt: Tết (lunar 1/1) and Hùng Kings' day (lunar 10/3) for 1900-2100,
for Vietnam (UTC+7) and for China (UTC+8), as an independent check of the C# LunarCalendar.

Independent of the C# code on purpose: the sun's longitude comes from a truncated VSOP87 series with
nutation and aberration (Meeus, "Astronomical Algorithms", ch. 25 and 32), not the short ch. 25
formula the C# code uses; new moons from Meeus ch. 49 with all its periodic and planetary terms;
Delta T from Espenak and Meeus' polynomials; solar terms are found as instants by root finding; the
months are numbered by the usual rule (month 11 holds the winter solstice; in a 13-month year the
first month without a major solar term is the leap month), with days taken in local civil time.

Run: python3 generate-lunar-table.py > lunar-1900-2100.txt   (standard library only)
"""
import math

D2R = math.pi / 180

def delta_t_seconds(year):
    y = year
    if y < 1920:
        t = y - 1900; return -2.79 + 1.494119*t - 0.0598939*t**2 + 0.0061966*t**3 - 0.000197*t**4
    if y < 1941:
        t = y - 1920; return 21.20 + 0.84493*t - 0.076100*t**2 + 0.0020936*t**3
    if y < 1961:
        t = y - 1950; return 29.07 + 0.407*t - t**2/233 + t**3/2547
    if y < 1986:
        t = y - 1975; return 45.45 + 1.067*t - t**2/260 - t**3/718
    if y < 2005:
        t = y - 2000
        return 63.86 + 0.3345*t - 0.060374*t**2 + 0.0017275*t**3 + 0.000651814*t**4 + 0.00002373599*t**5
    if y < 2050:
        t = y - 2000; return 62.92 + 0.32217*t + 0.005589*t**2
    return -20 + 32*((y - 1820)/100)**2 - 0.5628*(2150 - y)

def decimal_year(jd):
    return 2000.0 + (jd - 2451545.0) / 365.25

# Earth's heliocentric longitude, VSOP87 (Meeus, Appendix III), terms A cos(B + C tau), units 1e-8 rad.
L0 = [(175347046,0,0),(3341656,4.6692568,6283.0758500),(34894,4.6261,12566.1517),(3497,2.7441,5753.3849),
      (3418,2.8289,3.5231),(3136,3.6277,77713.7715),(2676,4.4181,7860.4194),(2343,6.1352,3930.2097),
      (1324,0.7425,11506.7698),(1273,2.0371,529.6910),(1199,1.1096,1577.3435),(990,5.233,5884.927),
      (902,2.045,26.298),(857,3.508,398.149),(780,1.179,5223.694),(753,2.533,5507.553),(505,4.583,18849.228),
      (492,4.205,775.523),(357,2.920,0.067),(317,5.849,11790.629),(284,1.899,796.298),(271,0.315,10977.079),
      (243,0.345,5486.778),(206,4.806,2544.314),(205,1.869,5573.143),(202,2.458,6069.777),(156,0.833,213.299),
      (132,3.411,2942.463),(126,1.083,20.775),(115,0.645,0.980),(103,0.636,4694.003),(102,0.976,15720.839),
      (102,4.267,7.114),(99,6.21,2146.17),(98,0.68,155.42),(86,5.98,161000.69),(85,1.30,6275.96),
      (85,3.67,71430.70),(80,1.81,17260.15),(79,3.04,12036.46),(75,1.76,5088.63),(74,3.50,3154.69),
      (74,4.68,801.82),(70,0.83,9437.76),(62,3.98,8827.39),(61,1.82,7084.90),(57,2.78,6286.60),
      (56,4.39,14143.50),(56,3.47,6279.55),(52,0.19,12139.55),(52,1.33,1748.02),(51,0.28,5856.48),
      (49,0.49,1194.45),(41,5.37,8429.24),(41,2.40,19651.05),(39,6.17,10447.39),(37,6.04,10213.29),
      (37,2.57,1059.38),(36,1.71,2352.87),(36,1.78,6812.77),(33,0.59,17789.85),(30,0.44,83996.85),
      (30,2.74,1349.87),(25,3.16,4690.48)]
L1 = [(628331966747,0,0),(206059,2.678235,6283.075850),(4303,2.6351,12566.1517),(425,1.590,3.523),
      (119,5.796,26.298),(109,2.966,1577.344),(93,2.59,18849.23),(72,1.14,529.69),(68,1.87,398.15),
      (67,4.41,5507.55),(59,2.89,5223.69),(56,2.17,155.42),(45,0.40,796.30),(36,0.47,775.52),(29,2.65,7.11),
      (21,5.34,0.98),(19,1.85,5486.78),(19,4.97,213.30),(17,2.99,6275.96),(16,0.03,2544.31),(16,1.43,2146.17),
      (15,1.21,10977.08),(12,2.83,1748.02),(12,3.26,5088.63),(12,5.27,1194.45),(12,2.08,4694.00),
      (11,0.77,553.57),(10,1.30,6286.60),(10,4.24,1349.87),(9,2.70,242.73),(9,5.64,951.72),(8,5.30,2352.87),
      (6,2.65,9437.76),(6,4.67,4690.48)]
L2 = [(52919,0,0),(8720,1.0721,6283.0758),(309,0.867,12566.152),(27,0.05,3.52),(16,5.19,26.30),
      (16,3.68,155.42),(10,0.76,18849.23),(9,2.06,77713.77),(7,0.83,775.52),(5,4.66,1577.34),(4,1.03,7.11),
      (4,3.44,5573.14),(3,5.14,796.30),(3,6.05,5507.55),(3,1.19,242.73),(3,6.12,529.69),(3,0.31,398.15),
      (3,2.28,553.57),(2,4.38,5223.69),(2,3.75,0.98)]
L3 = [(289,5.844,6283.076),(35,0,0),(17,5.49,12566.15),(3,5.20,155.42),(1,4.72,3.52),(1,5.30,18849.23),
      (1,5.97,242.73)]
L4 = [(114,3.142,0),(8,4.13,6283.08),(1,3.84,12566.15)]
L5 = [(1,3.14,0)]
R0 = [(100013989,0,0),(1670700,3.0984635,6283.0758500),(13956,3.05525,12566.15170),(3084,5.1985,77713.7715),
      (1628,1.1739,5753.3849),(1576,2.8469,7860.4194),(925,5.453,11506.770),(542,4.564,3930.210)]
R1 = [(103019,1.107490,6283.075850),(1721,1.0644,12566.1517)]

def series(terms, tau):
    return sum(a * math.cos(b + c * tau) for a, b, c in terms)

def sun_apparent_longitude(jde):
    """Degrees, 0-360, for a Julian Ephemeris Day."""
    tau = (jde - 2451545.0) / 365250
    L = (series(L0, tau) + series(L1, tau)*tau + series(L2, tau)*tau**2 + series(L3, tau)*tau**3
         + series(L4, tau)*tau**4 + series(L5, tau)*tau**5) / 1e8
    R = (series(R0, tau) + series(R1, tau)*tau) / 1e8
    theta = math.degrees(L) + 180.0 - 0.09033/3600  # geocentric, FK5
    T = tau * 10
    omega = 125.04452 - 1934.136261*T
    Lsun = 280.4665 + 36000.7698*T
    Lmoon = 218.3165 + 481267.8813*T
    nutation = (-17.20*math.sin(omega*D2R) - 1.32*math.sin(2*Lsun*D2R)
                - 0.23*math.sin(2*Lmoon*D2R) + 0.21*math.sin(2*omega*D2R)) / 3600
    aberration = -20.4898 / 3600 / R
    return (theta + nutation + aberration) % 360.0

def solar_term_ut(target_degrees, jd_guess):
    """The UT Julian day at which the sun's apparent longitude reaches target_degrees, near jd_guess."""
    jd = jd_guess
    for _ in range(50):
        jde = jd + delta_t_seconds(decimal_year(jd)) / 86400
        diff = (target_degrees - sun_apparent_longitude(jde) + 180) % 360 - 180
        jd += diff * 365.2422 / 360
        if abs(diff) < 1e-7:
            break
    return jd

def new_moon_ut(k):
    """UT Julian day of new moon k (k = 0 near 2000-01-06), Meeus ch. 49."""
    T = k / 1236.85
    jde = (2451550.09766 + 29.530588861*k + 0.00015437*T**2 - 0.000000150*T**3 + 0.00000000073*T**4)
    E = 1 - 0.002516*T - 0.0000074*T**2
    M = (2.5534 + 29.10535670*k - 0.0000014*T**2 - 0.00000011*T**3) * D2R
    Mp = (201.5643 + 385.81693528*k + 0.0107582*T**2 + 0.00001238*T**3 - 0.000000058*T**4) * D2R
    F = (160.7108 + 390.67050284*k - 0.0016118*T**2 - 0.00000227*T**3 + 0.000000011*T**4) * D2R
    Om = (124.7746 - 1.56375588*k + 0.0020672*T**2 + 0.00000215*T**3) * D2R
    s = math.sin
    corr = (-0.40720*s(Mp) + 0.17241*E*s(M) + 0.01608*s(2*Mp) + 0.01039*s(2*F) + 0.00739*E*s(Mp - M)
            - 0.00514*E*s(Mp + M) + 0.00208*E*E*s(2*M) - 0.00111*s(Mp - 2*F) - 0.00057*s(Mp + 2*F)
            + 0.00056*E*s(2*Mp + M) - 0.00042*s(3*Mp) + 0.00042*E*s(M + 2*F) + 0.00038*E*s(M - 2*F)
            - 0.00024*E*s(2*Mp - M) - 0.00017*s(Om) - 0.00007*s(Mp + 2*M) + 0.00004*s(2*Mp - 2*F)
            + 0.00004*s(3*M) + 0.00003*s(Mp + M - 2*F) + 0.00003*s(2*Mp + 2*F) - 0.00003*s(Mp + M + 2*F)
            + 0.00003*s(Mp - M + 2*F) - 0.00002*s(Mp - M - 2*F) - 0.00002*s(3*Mp + M) + 0.00002*s(4*Mp))
    A = [299.77 + 0.107408*k - 0.009173*T**2, 251.88 + 0.016321*k, 251.83 + 26.651886*k,
         349.42 + 36.412478*k, 84.66 + 18.206239*k, 141.74 + 53.303771*k, 207.14 + 2.453732*k,
         154.84 + 7.306860*k, 34.52 + 27.261239*k, 207.19 + 0.121824*k, 291.34 + 1.844379*k,
         161.72 + 24.198154*k, 239.56 + 25.513099*k, 331.55 + 3.592518*k]
    C = [0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056, 0.000047,
         0.000042, 0.000040, 0.000037, 0.000035, 0.000023]
    jde += corr + sum(c * math.sin(a * D2R) for a, c in zip(A, C))
    return jde - delta_t_seconds(decimal_year(jde)) / 86400

def local_day(jd_ut, zone_hours):
    """The local civil date, as a Julian day number, of a UT instant."""
    return math.floor(jd_ut + 0.5 + zone_hours / 24)

def jdn(y, m, d):
    a = (14 - m) // 12; yy = y + 4800 - a; mm = m + 12*a - 3
    return d + (153*mm + 2)//5 + 365*yy + yy//4 - yy//100 + yy//400 - 32045

def gregorian(j):
    a = j + 32044; b = (4*a + 3)//146097; c = a - 146097*b//4
    d = (4*c + 3)//1461; e = c - 1461*d//4; m = (5*e + 2)//153
    return (100*b + d - 4800 + m//10, m + 3 - 12*(m//10), e - (153*m + 2)//5 + 1)

def iso(j):
    y, m, d = gregorian(j); return f"{y:04d}-{m:02d}-{d:02d}"

def lunar_year(year, zone):
    """(Tết, Hùng Kings' day) as Julian day numbers for the lunar year starting in `year`."""
    def solstice_day(y):
        return local_day(solar_term_ut(270.0, jdn(y, 12, 21)), zone)
    def month_start_on_or_before(day):
        k = math.floor((day - 2451550) / 29.530588861) + 1
        while local_day(new_moon_ut(k), zone) > day:
            k -= 1
        return k
    k11 = month_start_on_or_before(solstice_day(year - 1))
    k11_next = month_start_on_or_before(solstice_day(year))
    starts = [local_day(new_moon_ut(k), zone) for k in range(k11, k11_next + 2)]
    months = len(starts) - 2  # months from month 11 up to (not including) the next month 11
    # Major solar terms (multiples of 30 degrees) between the two solstices, as local days.
    first = solar_term_ut(270.0, jdn(year - 1, 12, 21))
    terms = [local_day(solar_term_ut((270.0 + 30*i) % 360, first + i*30.44), zone) for i in range(0, 13)]
    numbers = []
    leap_found = False
    number = 11
    for i in range(months):
        if i > 0:
            has_term = any(starts[i] <= t < starts[i + 1] for t in terms)
            if months == 13 and not leap_found and not has_term:
                leap_found = True
                numbers.append((number, True))
                continue
            number = number % 12 + 1
        numbers.append((number, False))
    tet = starts[numbers.index((1, False))]
    hung = starts[numbers.index((3, False))] + 9
    return tet, hung

def main():
    print("# Tết (lunar 1/1) and Hùng Kings' day (lunar 10/3), 1900-2100, generated by generate-lunar-table.py")
    print("# (independent of the C# code; see its docstring). Columns: year, Tết UTC+7 (Vietnam),")
    print("# Hùng Kings UTC+7, Tết UTC+8 (China), Hùng Kings UTC+8.")
    for year in range(1900, 2101):
        vn = lunar_year(year, 7)
        cn = lunar_year(year, 8)
        print(year, iso(vn[0]), iso(vn[1]), iso(cn[0]), iso(cn[1]))

if __name__ == "__main__":
    main()
