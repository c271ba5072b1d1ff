<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the page of one text (source document = the text), plus its citation files. -->
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
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/citation.xsl"/>
  <xsl:import href="../common/render.xsl"/>
  <xsl:import href="../common/comparison.xsl"/>

  <xsl:mode on-no-match="fail" use-accumulators="#all"/>
  <xsl:mode name="m:header" on-no-match="fail"/>

  <!-- A collation of two witnesses (tei/collation/) is shown as their side-by-side view. -->
  <xsl:template match="document-node()[f:is-collation(.)]" priority="1">
    <xsl:call-template name="t:comparison-page"/>
  </xsl:template>

  <xsl:template match="/">
    <xsl:variable name="id" select="f:text-id(.)"/>
    <xsl:variable name="date" select="f:text-date(.)"/>
    <xsl:variable name="record" select="map {
      'id' : $id, 'kind' : 'text', 'title' : f:text-title(.),
      'authors' : f:text-authors(.) ! f:agent-label(.), 'date' : f:date-start($date),
      'path' : 'texts/' || $id || '.html', 'header' : TEI/teiHeader }"/>
    <xsl:result-document href="{$id}.html" format="html">
    <xsl:call-template name="t:page">
      <xsl:with-param name="root" select="'../'" tunnel="yes"/>
      <xsl:with-param name="title" select="f:text-title(.)"/>
      <xsl:with-param name="page-class" select="'page-text'"/>
      <xsl:with-param name="head" as="node()*">
        <xsl:call-template name="t:citation-meta"><xsl:with-param name="record" select="$record"/></xsl:call-template>
        <xsl:call-template name="t:search-filters"/>
      </xsl:with-param>
      <xsl:with-param name="content" as="node()*">
        <article class="text" data-pagefind-body="">
          <xsl:apply-templates select="TEI/teiHeader" mode="m:header">
            <xsl:with-param name="root" select="'../'" tunnel="yes"/>
          </xsl:apply-templates>
          <div class="reading" data-cite="{f:paragraph-citation-base(.)}">
            <xsl:apply-templates select="TEI/text" mode="m:body">
              <xsl:with-param name="root" select="'../'" tunnel="yes"/>
            </xsl:apply-templates>
            <xsl:if test="not(TEI/text)">
              <xsl:call-template name="t:header-only">
                <xsl:with-param name="root" select="'../'" tunnel="yes"/>
              </xsl:call-template>
            </xsl:if>
          </div>
          <xsl:call-template name="t:footnotes">
            <xsl:with-param name="notes" select="TEI/text//note, TEI[not(text)]/(teiHeader/profileDesc/correspDesc | standOff)//note"/>
            <xsl:with-param name="root" select="'../'" tunnel="yes"/>
          </xsl:call-template>
        </article>
        <xsl:call-template name="t:citation-block"><xsl:with-param name="record" select="$record"/></xsl:call-template>
        <xsl:call-template name="t:neighbours"/>
      </xsl:with-param>
    </xsl:call-template>
    </xsl:result-document>
    <xsl:call-template name="t:citation-files"><xsl:with-param name="record" select="$record"/></xsl:call-template>
  </xsl:template>

  <!-- Heading block: title, author, date, source with pages, witnesses, TEI source, correction toggle. -->
  <xsl:template match="teiHeader" mode="m:header">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:variable name="doc" select="root(.)"/>
    <xsl:variable name="source-id" select="f:text-source-id($doc)"/>
    <header class="text-header">
      <h1>{f:text-title($doc)}</h1>
      <dl class="text-facts" data-pagefind-ignore="">
        <xsl:if test="exists(f:text-authors($doc))">
          <dt>Author</dt>
          <dd>
            <xsl:for-each select="f:text-authors($doc)">
              <xsl:if test="position() gt 1">, </xsl:if>
              <xsl:apply-templates select="." mode="m:author"/>
            </xsl:for-each>
          </dd>
        </xsl:if>
        <dt>Date</dt>
        <dd>
          <xsl:choose>
            <xsl:when test="f:text-date($doc)"><xsl:apply-templates select="f:text-date($doc)" mode="m:date-fact"/></xsl:when>
            <xsl:otherwise>undated</xsl:otherwise>
          </xsl:choose>
        </dd>
        <xsl:call-template name="t:letter-facts"><xsl:with-param name="doc" select="$doc"/></xsl:call-template>
        <xsl:choose>
          <xsl:when test="exists(f:source(($source-id, '')[1]))">
            <dt>Source</dt>
            <dd>
              <a href="{$root}index.html#source-{$source-id}">{f:source-label(f:source($source-id))}</a>
              <xsl:for-each select="f:text-pages($doc)">, {.}</xsl:for-each>
            </dd>
          </xsl:when>
          <xsl:otherwise>
            <xsl:call-template name="t:source-description"><xsl:with-param name="doc" select="$doc"/></xsl:call-template>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:variable name="witnesses" select="key('f:catalogue-text', f:text-id($doc), $catalogue)/c:witness"/>
        <xsl:if test="exists($witnesses)">
          <dt>Other witnesses</dt>
          <dd>
            <xsl:variable name="comparison" select="f:collation-of(f:text-id($doc), $witnesses/@id ! string(.))"/>
            <xsl:if test="exists($comparison)">
              <p class="compare-link"><a href="{$comparison/@id}.html">Compare the witnesses side by side</a></p>
            </xsl:if>
            <ul class="witnesses">
              <xsl:for-each select="$witnesses">
                <xsl:variable name="other" select="key('f:catalogue-text', string(@id), $catalogue)"/>
                <li><a href="{@id}.html">{$other/@title}</a> — {f:source-label(f:source($other/@source))}</li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:variable name="related" select="$doc/TEI/teiHeader/fileDesc/sourceDesc//relatedItem[@target]"/>
        <xsl:if test="exists($related)">
          <dt>Related texts</dt>
          <dd>
            <ul class="related">
              <xsl:for-each select="$related">
                <xsl:variable name="other" select="key('f:catalogue-text', f:pointer-id(@target, .), $catalogue)"/>
                <li>
                  <xsl:choose>
                    <xsl:when test="$other"><a href="{$other/@id}.html">{$other/@title}</a></xsl:when>
                    <xsl:otherwise>{@target}</xsl:otherwise>
                  </xsl:choose>
                </li>
              </xsl:for-each>
            </ul>
          </dd>
        </xsl:if>
        <xsl:variable name="tei-path" select="string(key('f:catalogue-text', f:text-id($doc), $catalogue)/@path)"/>
        <dt>TEI source</dt>
        <dd><a href="{$root}tei/{$tei-path}" type="application/tei+xml">{$tei-path}</a></dd>
      </dl>
      <!-- A header-only document has no text to explain or to list the contents of. -->
      <xsl:for-each select="$doc/TEI/text">
        <xsl:call-template name="t:legend"><xsl:with-param name="text" select="."/></xsl:call-template>
        <xsl:call-template name="t:contents"><xsl:with-param name="text" select="."/></xsl:call-template>
      </xsl:for-each>
      <xsl:if test="exists($doc/TEI/text//choice)">
        <p class="toggle" data-pagefind-ignore="all">
          <input type="checkbox" id="show-source-readings"/>
          <label for="show-source-readings">Show the digitised source’s readings beside our
            {count($doc/TEI/text//choice)} corrections (what the digitised text reads, OCR errors included)</label>
        </p>
      </xsl:if>
    </header>
  </xsl:template>

  <!-- The start of a paragraph's citation, completed by site.js with the page, anchor and address:
       "V. I. Lenin, “Letter to the Congress”, in Lenin’s Fight Against Stalinism (1975)". -->
  <xsl:function name="f:paragraph-citation-base" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="authors" select="string-join(f:text-authors($doc) ! f:agent-label(.), ', ')"/>
    <xsl:sequence select="string-join(($authors[. ne ''], '“' || f:text-title($doc) || '”',
      'in ' || f:source-label(f:source((f:text-source-id($doc), '')[1]))), ', ')"/>
  </xsl:function>

  <xsl:template match="*" mode="m:author">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:variable name="ids" select="f:person-ids(.)"/>
    <xsl:choose>
      <xsl:when test="exists($ids)"><a class="person" href="{$root}persons/{$ids[1]}.html">{f:agent-label(.)}</a></xsl:when>
      <xsl:otherwise>{f:agent-label(.)}</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:mode name="m:author" on-no-match="fail"/>

  <!-- Search filters (Pagefind reads them from meta tags). -->
  <xsl:template name="t:search-filters">
    <xsl:variable name="doc" select="root(.)"/>
    <meta data-pagefind-filter="source[content]" content="{f:source-label(f:source((f:text-source-id($doc), '')[1]))}"/>
    <xsl:for-each select="f:text-authors($doc)">
      <meta data-pagefind-filter="author[content]" content="{f:agent-label(.)}"/>
    </xsl:for-each>
    <xsl:for-each select="distinct-values(for $m in $doc/TEI/text//persName[@ref | @key] return f:person-ids($m))">
      <meta data-pagefind-filter="person[content]" content="{f:agent-name(.)}"/>
    </xsl:for-each>
    <!-- Two facets, never mixed: when the text was written, when its source was published. -->
    <xsl:variable name="year" select="substring(f:date-start(f:text-date($doc)), 1, 4)"/>
    <xsl:if test="$year ne ''">
      <meta data-pagefind-filter="written[content]" content="{$year}"/>
    </xsl:if>
    <xsl:variable name="published" select="substring(string((f:source((f:text-source-id($doc), '')[1])/monogr/imprint/date/@when)[1]), 1, 4)"/>
    <xsl:if test="$published ne ''">
      <meta data-pagefind-filter="published[content]" content="{$published}"/>
    </xsl:if>
    <!-- The result's title carries author, date and source, so that two witnesses can be told apart. -->
    <meta data-pagefind-meta="title[content]" content="{f:text-title($doc)} — {string-join(f:text-authors($doc) ! f:agent-label(.), ', ')[. ne ''] ! (. || ', ')}{f:date-label(f:text-date($doc))}; {f:source-label(f:source((f:text-source-id($doc), '')[1]))}"/>
  </xsl:template>

  <!-- Previous and next text in the edition's reading order (from the catalogue). -->
  <xsl:template name="t:neighbours">
    <xsl:variable name="current" select="key('f:catalogue-text', f:text-id(root(.)), $catalogue)"/>
    <xsl:variable name="previous" select="$current/preceding-sibling::c:text[1]"/>
    <xsl:variable name="next" select="$current/following-sibling::c:text[1]"/>
    <nav class="neighbours" aria-label="Previous and next text">
      <ul>
        <xsl:if test="$previous">
          <li class="previous"><a href="{$previous/@id}.html" rel="prev">← {$previous/@title}</a></li>
        </xsl:if>
        <xsl:if test="$next">
          <li class="next"><a href="{$next/@id}.html" rel="next">{$next/@title} →</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

</xsl:stylesheet>
