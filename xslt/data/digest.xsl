<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet (no page): the digest of one text (source document = the text), made as the text
  is loaded and kept instead of it. The pages about the whole edition (persons, register, home,
  chronology) and the catalogue are made from the digests alone, so a build never holds every text
  of a corpus at once, and a rebuild makes again only the digest of the text that changed.

  <text id path order source title cited-as? page-from line-from has-text date-start date-label
        source-label authors-label named>
    (<schema uri href/>)* (<corresp id/>)* (<author id/>)* (<author-label>…</author-label>)*
    (<mention person count/>)* (<agent id/>)* (<link id/>)*
    (<kwic person anchor?> span span span </kwic>)*
    (<event origin date when label href source persons/>)*
  </text>
  in the namespace urn:tei-edition:catalogue; an empty <none/> for a text without an id (its own
  page reports it). Each value is what the pages showed when they read the text themselves.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xmlns:c="urn:tei-edition:catalogue"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <!-- Not render.xsl: a transformation costs in proportion to its stylesheet (a digest is made per
       text), and a digest needs only these of its modules. -->
  <xsl:include href="../common/anchors.xsl"/>
  <xsl:include href="../common/dates.xsl"/>
  <xsl:include href="../common/persons.xsl"/>

  <!-- The text's path relative to the corpus folder, and its place among the texts as given (the
       order of their paths): the order lists not sorted by the edition's reading order keep. -->
  <xsl:param name="text-path" as="xs:string" required="yes"/>
  <xsl:param name="order" as="xs:double" required="yes"/>

  <xsl:mode on-no-match="fail" use-accumulators="#all"/>
  <xsl:output method="xml" indent="no"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="normalize-space(TEI/@xml:id) eq ''"><c:none/></xsl:when>
      <xsl:otherwise><xsl:call-template name="t:digest"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="t:digest">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="date" select="f:text-date(.)"/>
    <xsl:variable name="source-id" select="f:text-source-id(.)"/>
    <xsl:variable name="authors" select="f:text-authors(.)"/>
    <xsl:variable name="cited-as" select="f:cited-as(f:text-title(.))"/>
    <xsl:variable name="range" select="TEI/teiHeader/fileDesc/sourceDesc/bibl/citedRange"/>
    <c:text id="{$id}" path="{$text-path}" order="{xs:integer($order)}" source="{$source-id}" title="{f:text-title(.)}"
      page-from="{($range[@unit = 'page']/@from)[1]}" line-from="{($range[@unit = 'line']/@from)[1]}"
      has-text="{exists(TEI/text)}" date-start="{f:date-start($date)}" date-label="{f:date-label($date)}"
      source-label="{f:source-label(f:source(($source-id, '')[1]))}"
      authors-label="{string-join($authors ! f:agent-label(.), ', ')}"
      named="{distinct-values(TEI/text//persName ! f:person-ids(.))}">
      <xsl:if test="$cited-as ne ''"><xsl:attribute name="cited-as" select="$cited-as"/></xsl:if>
      <!-- The schemas its <?xml-model?> names by a relative URL: where each is, and where the site
           publishes it (src/site/publish-schemas.ts). Whether it exists is asked once, by the home page. -->
      <xsl:for-each select="processing-instruction('xml-model')[exists($doc/TEI/text)]
          ! replace(., '^.*href\s*=\s*[&quot;'']([^&quot;'']*)[&quot;''].*$', '$1', 's')[not(matches(., '^([a-z][a-z0-9+.-]*:|/)', 'i'))]">
        <c:schema uri="{resolve-uri(., base-uri($doc))}" href="{substring-after(resolve-uri(., 'file:///site/tei/' || $text-path), 'file:///site/')}"/>
      </xsl:for-each>
      <xsl:for-each select="for $c in TEI/text/@corresp, $t in tokenize(normalize-space($c), ' ') return f:pointer-id($t, $c)">
        <c:corresp id="{.}"/>
      </xsl:for-each>
      <xsl:for-each select="distinct-values($authors ! f:person-ids(.))"><c:author id="{.}"/></xsl:for-each>
      <xsl:for-each select="$authors ! f:agent-label(.)"><c:author-label>{.}</c:author-label></xsl:for-each>
      <xsl:for-each-group select="TEI/text//persName[@ref | @key] ! f:person-ids(.)" group-by=".">
        <c:mention person="{current-grouping-key()}" count="{count(current-group())}"/>
      </xsl:for-each-group>
      <xsl:for-each select="distinct-values((for $a in .//(@ref | @resp | @who), $t in tokenize(normalize-space($a), ' ')
          return f:pointer-id($t, $a)[exists(key('f:by-id', ., $persons))], .//@key ! f:key-person-id(.)))">
        <c:agent id="{.}"/>
      </xsl:for-each>
      <xsl:for-each select="distinct-values(TEI/teiHeader/fileDesc/sourceDesc//relatedItem/@target ! f:pointer-id(., .))">
        <c:link id="{.}"/>
      </xsl:for-each>
      <!-- Every mention of a person of the register, in context, as the person's page shows it. -->
      <xsl:for-each select="TEI/text//persName[@ref | @key][exists(f:person-ids(.))]">
        <c:kwic person="{f:person-ids(.)}">
          <xsl:for-each select="f:anchor-of(.)"><xsl:attribute name="anchor" select="."/></xsl:for-each>
          <xsl:call-template name="t:kwic"><xsl:with-param name="mention" select="."/></xsl:call-template>
        </c:kwic>
      </xsl:for-each>
      <xsl:apply-templates select="TEI/text//event" mode="m:event"/>
      <xsl:apply-templates select="TEI/text//div[@type = 'chronicle']//(item | p)[not(ancestor::event)][not(.//item | .//p)]" mode="m:event"/>
    </c:text>
  </xsl:template>

  <!-- Chronicle entries for the chronology: TEI events (dated by their attributes or the date in
       their head) and dated items or paragraphs of a chronicle division that are not events. -->
  <xsl:mode name="m:event" on-no-match="fail" use-accumulators="#all"/>

  <xsl:template match="event" mode="m:event">
    <xsl:variable name="date" select="(.[@when | @from | @notBefore | @notAfter | @to], (head//date)[1])[f:date-start(.) ne ''][1]"/>
    <xsl:if test="$date">
      <c:event origin="event" date="{f:date-start($date)}" when="{f:date-label(((head//date)[1], $date)[1])}"
        label="{normalize-space(f:visible-text(node() except head, count(ancestor::*)))}"
        href="texts/{f:text-id(root(.))}.html#{f:anchor-of((head, .//p, .)[1])}"
        source="{f:text-source-id(root(.))}" persons="{distinct-values(.//persName ! f:person-ids(.))}"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="item | p" mode="m:event">
    <xsl:variable name="date" select="(.//date[f:date-start(.) ne ''])[1]"/>
    <xsl:if test="$date">
      <c:event origin="item" date="{f:date-start($date)}" when="{f:date-label($date)}"
        label="{normalize-space(f:visible-text(., count(ancestor::*)))}"
        href="texts/{f:text-id(root(.))}.html#{f:anchor-of(.)}"
        source="{f:text-source-id(root(.))}" persons="{distinct-values(.//persName ! f:person-ids(.))}"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
