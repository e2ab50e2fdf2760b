namespace CommerceHub.Connectors.Abstractions;

/// <summary>An amount in one ISO 4217 currency. Always <see cref="decimal"/>: platforms send floats and strings, the hub never does.</summary>
/// <param name="Amount">The amount in major units (dong, baht, dollars).</param>
/// <param name="Currency">Upper-case ISO 4217 code.</param>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>Creates money after checking that the currency is a three-letter code.</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <param name="currency">ISO 4217 code, any case.</param>
    /// <returns>The money value with an upper-case currency.</returns>
    public static Money Of(decimal amount, string currency)
    {
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code.", nameof(currency));
        }

        return new Money(amount, currency.ToUpperInvariant());
    }

    /// <summary>True when the amount has no more decimals than the currency allows (<see cref="Currencies.MinorUnits"/>).</summary>
    public bool FitsMinorUnits => decimal.Round(Amount, Currencies.MinorUnits(Currency)) == Amount;

    /// <inheritdoc />
    public override string ToString() => $"{Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
