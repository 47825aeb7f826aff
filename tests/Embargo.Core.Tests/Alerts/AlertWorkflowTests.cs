using Embargo.Core.Access;
using Embargo.Core.Alerts;
using Embargo.Core.Review;
using static Embargo.Core.Tests.Alerts.AlertSamples;

namespace Embargo.Core.Tests.Alerts;

public sealed class AlertWorkflowTests
{
    private static readonly ReviewPolicy Policy = ReviewPolicy.Default;

    [Fact]
    public void AssigningAnOpenAlertPutsItInReviewAndBumpsTheVersion()
    {
        var change = AlertWorkflow.Assign(Open(), Rita, "ravi", Now);
        Assert.Equal(AlertStatus.InReview, change.After.Status);
        Assert.Equal("ravi", change.After.Assignee);
        Assert.Equal(2, change.After.Version);
        Assert.Equal("assign", change.Event.Kind);
    }

    [Fact]
    public void ATrueMatchWaitsForASecondPersonWhoConfirmsIt()
    {
        var decided = AlertWorkflow.Decide(Open(), Rita, AlertDecision.TrueMatch, Policy, "same DOB and passport", Now).After;
        Assert.Equal(AlertStatus.PendingApproval, decided.Status);
        Assert.Equal(AlertDecision.TrueMatch, decided.Decision);
        Assert.Equal("rita", decided.DecidedBy);

        var approved = AlertWorkflow.Approve(decided, Abe, null, Now.AddMinutes(5));
        Assert.Equal(AlertStatus.Decided, approved.After.Status);
        Assert.Equal("abe", approved.After.ApprovedBy);
        Assert.Equal(3, approved.After.Version);
        Assert.False(approved.FinalisesFalsePositive);
    }

    [Fact]
    public void TheSamePersonCanNeverDecideAndApprove()
    {
        var approver = new Actor("abe", ApiRole.Approve, ActorKind.User);
        var decided = AlertWorkflow.Decide(Open(), approver, AlertDecision.TrueMatch, Policy, null, Now).After;
        var e = Assert.Throws<AccessDeniedException>(() => AlertWorkflow.Approve(decided, approver, null, Now));
        Assert.Contains("four eyes", e.Message, StringComparison.Ordinal);
        Assert.Throws<AccessDeniedException>(() => AlertWorkflow.Reject(decided, approver, "no", Now));
        // Through another channel (an API key of the same user) it is still the same person.
        Assert.Throws<AccessDeniedException>(() => AlertWorkflow.Approve(decided, new Actor("abe", ApiRole.Admin, ActorKind.User), null, Now));
    }

    [Fact]
    public void AReviewerCannotApprove()
    {
        var decided = AlertWorkflow.Decide(Open(), Rita, AlertDecision.TrueMatch, Policy, null, Now).After;
        var e = Assert.Throws<AccessDeniedException>(() => AlertWorkflow.Approve(decided, Ravi, null, Now));
        Assert.Contains("approve role", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AScreeningKeyCannotDecide() =>
        Assert.Throws<AccessDeniedException>(() => AlertWorkflow.Decide(Open(), Gateway, AlertDecision.FalsePositive, Policy, null, Now));

    [Fact]
    public void ALowScoredFalsePositiveIsFinalAtOnceAndGoesOnTheAllowList()
    {
        var change = AlertWorkflow.Decide(Open(score: 0.85), Rita, AlertDecision.FalsePositive, Policy, null, Now);
        Assert.Equal(AlertStatus.Decided, change.After.Status);
        Assert.True(change.FinalisesFalsePositive);
    }

    [Fact]
    public void AHighScoredFalsePositiveNeedsApprovalUnderTheDefaultPolicy()
    {
        var change = AlertWorkflow.Decide(Open(score: 0.95), Rita, AlertDecision.FalsePositive, Policy, null, Now);
        Assert.Equal(AlertStatus.PendingApproval, change.After.Status);
        Assert.False(change.FinalisesFalsePositive);
        Assert.True(AlertWorkflow.Approve(change.After, Abe, null, Now).FinalisesFalsePositive);
    }

    [Fact]
    public void ARejectedDecisionGoesBackToReviewAndNeedsAReason()
    {
        var decided = AlertWorkflow.Decide(Open(), Rita, AlertDecision.FalsePositive, Policy, null, Now).After;
        Assert.Throws<InvalidRequestException>(() => AlertWorkflow.Reject(decided, Abe, "  ", Now));
        var rejected = AlertWorkflow.Reject(decided, Abe, "the passport number is the listed one", Now).After;
        Assert.Equal(AlertStatus.InReview, rejected.Status);
        Assert.Null(rejected.Decision);
        Assert.Null(rejected.DecidedBy);
    }

    [Fact]
    public void ReopeningAFinalFalsePositiveTakesItOffTheAllowList()
    {
        var decided = AlertWorkflow.Decide(Open(score: 0.85), Rita, AlertDecision.FalsePositive, Policy, null, Now).After;
        var reopened = AlertWorkflow.Reopen(decided, Ravi, "new information", Now);
        Assert.Equal(AlertStatus.Open, reopened.After.Status);
        Assert.Null(reopened.After.Decision);
        Assert.True(reopened.UndoesFalsePositive);
    }

    [Theory]
    [InlineData(AlertStatus.Decided)]
    [InlineData(AlertStatus.Closed)]
    [InlineData(AlertStatus.PendingApproval)]
    public void DecidingIsRefusedUnlessTheAlertIsBeingWorked(AlertStatus status)
    {
        var e = Assert.Throws<ConflictException>(() => AlertWorkflow.Decide(Open() with { Status = status }, Rita, AlertDecision.TrueMatch, Policy, null, Now));
        Assert.Contains("can be decided only when", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EscalatedAlertsAreDecidedOrReopened()
    {
        var escalated = AlertWorkflow.Escalate(Open(), Rita, "needs legal", Now).After;
        Assert.Equal(AlertStatus.Escalated, escalated.Status);
        Assert.Equal(AlertStatus.PendingApproval, AlertWorkflow.Decide(escalated, Ravi, AlertDecision.TrueMatch, Policy, null, Now).After.Status);
        Assert.Equal(AlertStatus.Open, AlertWorkflow.Reopen(escalated, Ravi, null, Now).After.Status);
    }

    [Fact]
    public void ClosingRecordsTheNoteAndOnlyActiveAlertsClose()
    {
        var closed = AlertWorkflow.Close(Open(), Actor.System, "delisted", Now).After;
        Assert.Equal(AlertStatus.Closed, closed.Status);
        Assert.Equal("delisted", closed.ClosedNote);
        Assert.Throws<ConflictException>(() => AlertWorkflow.Close(closed, Actor.System, "again", Now));
    }

    [Fact]
    public void ACommentLeavesTheAlertAlone()
    {
        var comment = AlertWorkflow.Comment(Open(), Rita, " looked at the passport ", Now);
        Assert.Equal("looked at the passport", comment.Text);
        Assert.Throws<InvalidRequestException>(() => AlertWorkflow.Comment(Open(), Rita, "", Now));
    }

    [Fact]
    public void ThePolicyDecidesWhatNeedsFourEyes()
    {
        var lenient = new ReviewPolicy { FourEyesForTrueMatch = false, FourEyesForFalsePositiveFrom = null };
        Assert.False(lenient.RequiresApproval(AlertDecision.TrueMatch, 1.0));
        Assert.False(lenient.RequiresApproval(AlertDecision.FalsePositive, 1.0));
        var strict = new ReviewPolicy { FourEyesForFalsePositiveFrom = 0 };
        Assert.True(strict.RequiresApproval(AlertDecision.FalsePositive, 0.8));
        Assert.True(ReviewPolicy.Default.RequiresApproval(AlertDecision.FalsePositive, 0.9));
        Assert.False(ReviewPolicy.Default.RequiresApproval(AlertDecision.FalsePositive, 0.89));
    }
}
