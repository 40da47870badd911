using System.Text;

namespace Siec.Cms.Core.Data;

/// <summary>
/// Fills the list columns and the list index of a site indexed before they existed (the ListIndex migration), in SQL
/// both databases run: dates from the versions, then activity rolled up one level of lists a pass.
/// </summary>
internal static class ListIndexBackfill
{
    /// <summary>Passes of the roll-up: a forum's replies, topics, categories and forum, with room to spare.</summary>
    private const int Levels = 6;

    public static string Sql()
    {
        var sql = new StringBuilder("""
            UPDATE "ContainedIndex" SET
                "CreatedUtc" = (SELECT v."CreatedUtc" FROM "ContentItems" v WHERE v."Id" = "ContainedIndex"."DocumentId"),
                "PublishedUtc" = (SELECT v."PublishedUtc" FROM "ContentItems" v WHERE v."Id" = "ContainedIndex"."DocumentId");
            UPDATE "ContainedIndex" SET "ActivityUtc" = "PublishedUtc";

            """);
        for (var pass = 0; pass < Levels; pass++)
        {
            sql.Append("""
                DELETE FROM "ListIndex";
                INSERT INTO "ListIndex" ("ListContentItemId", "PublishedCount", "LastActivityUtc")
                    SELECT "ListContentItemId", COUNT(*), MAX("ActivityUtc") FROM "ContainedIndex" WHERE "Published" GROUP BY "ListContentItemId";
                UPDATE "ContainedIndex" SET "ActivityUtc" = COALESCE((SELECT l."LastActivityUtc" FROM "ListIndex" l
                    WHERE l."ListContentItemId" = "ContainedIndex"."ContentItemId"
                      AND ("ContainedIndex"."PublishedUtc" IS NULL OR l."LastActivityUtc" > "ContainedIndex"."PublishedUtc")), "PublishedUtc"),
                  "ChildCount" = COALESCE((SELECT l."PublishedCount" FROM "ListIndex" l WHERE l."ListContentItemId" = "ContainedIndex"."ContentItemId"), 0);

                """);
        }

        return sql.ToString();
    }
}
