namespace BankChurn.Core.Report;

/// <summary>
/// One piece of slide content. A closed set of cases (<see cref="KeyFiguresBlock"/>, <see cref="TableBlock"/>,
/// <see cref="TextBlock"/>, <see cref="ChartBlock"/>): writers switch over them, so a new kind of content is a new case plus a case in each writer.
/// </summary>
public abstract record SlideBlock
{
    // Only this assembly may add cases, so a writer's switch can list them all.
    private protected SlideBlock()
    {
    }
}
