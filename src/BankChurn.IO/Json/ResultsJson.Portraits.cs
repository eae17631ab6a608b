using System.Text.Json;
using BankChurn.Core.Analysis.Portraits;
using BankChurn.Core.Report;

namespace BankChurn.IO.Json;

/// <summary>results.json, block "portraits": churned and retained side by side, and the one-sentence portraits in both languages.</summary>
public static partial class ResultsJson
{
    private static void WritePortraits(Utf8JsonWriter json, PortraitFindings portraits)
    {
        json.WriteStartObject("portraits");
        WriteGroup(json, "churned", portraits, churned: true);
        WriteGroup(json, "retained", portraits, churned: false);

        json.WriteStartObject("relative_difference");
        foreach (NumericPortrait column in portraits.Numeric)
            OptionalNumber(json, column.Column, column.RelativeDifference);
        json.WriteEndObject();

        json.WriteStartObject("sentences");
        foreach (string language in new[] { "ru", "en" })
        {
            PortraitSentences sentences = PortraitSentences.Of(portraits, Wording.For(language));
            json.WriteStartObject(language);
            json.WriteString("churned", sentences.Churned);
            json.WriteString("retained", sentences.Retained);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteGroup(Utf8JsonWriter json, string name, PortraitFindings portraits, bool churned)
    {
        json.WriteStartObject(name);
        json.WriteNumber("clients", churned ? portraits.Churned : portraits.Retained);
        foreach (NumericPortrait column in portraits.Numeric)
            WriteSummary(json, column.Column, churned ? column.Churned : column.Retained);
        foreach (LevelPortrait column in portraits.Levels)
        {
            json.WriteStartObject(column.Column);
            PortraitLevel? mode = churned ? column.ChurnedMode : column.RetainedMode;
            if (mode is null)
                json.WriteNull("mode");
            else
                WriteLevelValue(json, mode.Level, mode.IsMissing);
            json.WriteStartArray("shares");
            foreach (PortraitLevel level in column.Levels)
            {
                json.WriteStartObject();
                WriteLevelValue(json, level.Level, level.IsMissing);
                json.WriteNumber("clients", churned ? level.Churned : level.Retained);
                Number(json, "share", churned ? level.ChurnedShare : level.RetainedShare);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }
}
