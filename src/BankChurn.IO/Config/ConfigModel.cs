using System.Collections.Immutable;
using BankChurn.Core.Clients;
using BankChurn.Core.Settings;

namespace BankChurn.IO.Config;

/// <summary>Checks the <c>model:</c> and <c>campaign:</c> sections and applies their defaults.</summary>
internal static class ConfigModel
{
    private static readonly Dictionary<string, bool> Booleans = new() { ["true"] = true, ["false"] = false, ["yes"] = true, ["no"] = false };

    public static ModelSettings Model(ModelDto? dto, ConfigValueReader read)
    {
        if (dto is null)
            return ModelSettings.Default;
        string[] valid = [.. ClientSchema.Columns.Where(c => c.Kind is not (ColumnKind.Identifier or ColumnKind.Target)).Select(c => c.Name)];
        var exclude = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < (dto.Exclude?.Count ?? 0); i++)
        {
            string item = $"model.exclude[{i}]";
            string name = (dto.Exclude![i] ?? "").Trim();
            if (!valid.Contains(name, StringComparer.Ordinal))
            {
                string? nearest = KeySuggestion.Nearest(name, valid);
                read.Bad(item, $"'{name}' is not a column the model can leave out.",
                    nearest is null ? $"Use one of: {string.Join(", ", valid)}." : $"Did you mean '{nearest}'? Valid columns: {string.Join(", ", valid)}.");
            }
            else if (exclude.Contains(name))
            {
                read.Bad(item, $"'{name}' is listed twice.", "Remove the repeated item.");
            }
            else
            {
                exclude.Add(name);
            }
        }
        if (exclude.Count == valid.Length)
            read.Bad("model.exclude", "every column is left out, so the model has nothing to learn from.", "Keep at least one column.");
        int sampleRows = read.WholeNumber(dto.SampleRows, "model.sample_rows", ModelSettings.DefaultSampleRows, 1_000, "20000");
        return ModelSettings.Default with { Exclude = exclude.ToImmutable(), SampleRows = sampleRows };
    }

    public static CampaignSettings Campaign(CampaignDto? dto, ConfigValueReader read)
    {
        if (dto is null)
            return CampaignSettings.Default;
        CampaignSettings d = CampaignSettings.Default;
        int? budget = dto.Budget is null ? null : read.WholeNumber(dto.Budget, "campaign.budget", 0, 0, "2000");
        return new CampaignSettings(
            budget,
            read.NumberFrom(dto.ContactCost, "campaign.contact_cost", d.ContactCost, 0, 1e12, "150"),
            read.NumberFrom(dto.SaveRate, "campaign.save_rate", d.SaveRate, 0, 1, "0.1"),
            read.NumberFrom(dto.ControlShare, "campaign.control_share", d.ControlShare, 0, 0.9, "0.1"))
        {
            CrossSell = read.Choice(dto.CrossSell, "campaign.cross_sell", d.CrossSell, Booleans, "true or false"),
        };
    }
}
