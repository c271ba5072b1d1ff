<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the search page; Pagefind's interface fills it in the browser. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:t="urn:tei-edition:template"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/layout.xsl"/>

  <xsl:mode on-no-match="fail"/>

  <xsl:template match="/">
    <xsl:result-document href="search.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="root" select="''" tunnel="yes"/>
        <xsl:with-param name="title" select="'Search'"/>
        <xsl:with-param name="page-class" select="'page-search'"/>
        <xsl:with-param name="head" as="node()*">
          <link rel="stylesheet" href="pagefind/pagefind-ui.css"/>
          <script src="pagefind/pagefind-ui.js" defer=""></script>
          <!-- the index's bundles (one per shard of the texts), written with the index: src/site/search-index.ts -->
          <script src="search-bundles.js" defer=""></script>
        </xsl:with-param>
        <xsl:with-param name="content" as="node()*">
          <h1>Search</h1>
          <p>Full-text search over every text of the edition, with filters by source, author, person, the year a text was written and the year its source was published. Each result names its author, date and source. The index is part of the site, so search works offline; it needs the site to be served
            over HTTP (for example <code>tei-edition serve</code>), not opened as a file.</p>
          <label id="search-label" class="search-label" hidden="">Search the texts (words or a phrase)</label>
          <div id="search" class="search"></div>
          <noscript><p>Search needs JavaScript. Every text is listed on the <a href="index.html">home page</a>.</p></noscript>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
