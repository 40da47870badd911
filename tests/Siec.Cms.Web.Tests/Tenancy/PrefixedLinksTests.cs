using Siec.Cms.Web.Tenancy;

namespace Siec.Cms.Web.Tests.Tenancy;

/// <summary>Which links of a page of a network on a path get the path, and which are left as they are.</summary>
public sealed class PrefixedLinksTests
{
    private const string Prefix = "/sieci/biblioteki";

    [Theory]
    [InlineData("""<a href="/forum">""", """<a href="/sieci/biblioteki/forum">""")]
    [InlineData("""<a class="x" HREF='/blog?strona=2#k'>""", """<a class="x" HREF='/sieci/biblioteki/blog?strona=2#k'>""")]
    [InlineData("""<form method="post" action="/Login">""", """<form method="post" action="/sieci/biblioteki/Login">""")]
    [InlineData("""<img src="/media/plan.png" alt="">""", """<img src="/sieci/biblioteki/media/plan.png" alt="">""")]
    [InlineData("""<body data-media-files="/media/">""", """<body data-media-files="/sieci/biblioteki/media/">""")]
    [InlineData("""<button formaction="/forum/wpis">""", """<button formaction="/sieci/biblioteki/forum/wpis">""")]
    [InlineData("""<a href="/">""", """<a href="/sieci/biblioteki/">""")]
    // Already under the path (made by ASP.NET with the path base), the platform's own, shared assets, other hosts.
    [InlineData("""<a href="/sieci/biblioteki/konto">""", """<a href="/sieci/biblioteki/konto">""")]
    [InlineData("""<a href="/sieci">""", """<a href="/sieci">""")]
    [InlineData("""<link href="/theme/css/site.css">""", """<link href="/theme/css/site.css">""")]
    [InlineData("""<script src="/admin-assets/admin.js">""", """<script src="/admin-assets/admin.js">""")]
    [InlineData("""<a href="//zla.example/x">""", """<a href="//zla.example/x">""")]
    [InlineData("""<a href="/\zla.example">""", """<a href="/\zla.example">""")]
    [InlineData("""<a href="https://ore.edu.pl/">""", """<a href="https://ore.edu.pl/">""")]
    [InlineData("""<a href="javascript:alert(1)">""", """<a href="javascript:alert(1)">""")]
    // What a reader typed is text, not a link: a field's value and an escaped attribute stay as they are.
    [InlineData("""<input name="url" value="/forum">""", """<input name="url" value="/forum">""")]
    [InlineData("""<textarea>&lt;a href=&quot;/forum&quot;&gt;</textarea>""", """<textarea>&lt;a href=&quot;/forum&quot;&gt;</textarea>""")]
    [InlineData("""<p>zobacz href=&quot;/forum&quot; w tekście</p>""", """<p>zobacz href=&quot;/forum&quot; w tekście</p>""")]
    public void Links_for_the_root_of_a_host_move_under_the_path_and_nothing_else_does(string html, string expected) =>
        Assert.Equal(expected, PrefixedLinks.Rewrite(html, Prefix));

    [Fact]
    public void A_redirect_moves_under_the_path_unless_it_leaves_the_network()
    {
        Assert.Equal("/sieci/biblioteki/Login?ReturnUrl=%2F", PrefixedLinks.Prefixed("/Login?ReturnUrl=%2F", Prefix));
        Assert.Equal("http://platforma.test/konto/przepustka", PrefixedLinks.Prefixed("http://platforma.test/konto/przepustka", Prefix));
        Assert.Equal("/sieci", PrefixedLinks.Prefixed("/sieci", Prefix));
    }
}
