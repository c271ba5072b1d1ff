<?xml version="1.0" encoding="UTF-8"?>
<!-- The page shell shared by every page: head, skip link, site navigation, footer. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:t="urn:tei-edition:template"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:include href="build-banner.xsl"/>

  <xsl:output name="html" method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

  <xsl:template name="t:page">
    <!-- Relative path from this page back to the site root: '' or '../'. -->
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="page-class" as="xs:string"/>
    <xsl:param name="head" as="node()*" select="()"/>
    <xsl:param name="content" as="node()*"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>{$title} · {$edition-title}</title>
        <link rel="stylesheet" href="{$root}assets/site.css"/>
        <link rel="stylesheet" href="{$root}assets/print.css" media="print"/>
        <xsl:sequence select="$head"/>
        <script src="{$root}assets/site.js" defer=""></script>
      </head>
      <body class="{$page-class}">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <p class="site-title"><a href="{$root}index.html">{$edition-title}</a></p>
          <nav aria-label="Site">
            <ul>
              <li><a href="{$root}index.html">Home</a></li>
              <li><a href="{$root}persons/index.html">Persons</a></li>
              <li><a href="{$root}chronology.html">Chronology</a></li>
              <li><a href="{$root}search.html">Search</a></li>
            </ul>
          </nav>
        </header>
        <main id="main">
          <xsl:call-template name="t:build-banner"><xsl:with-param name="full" select="$page-class = 'page-home'"/></xsl:call-template>
          <xsl:sequence select="$content"/>
        </main>
        <footer class="site-footer">
          <p>{$edition-title}, version {$edition-version} ({$edition-date}).
            Made with tei-edition from TEI P5 sources; <a href="{$root}index.html#principles">editorial principles</a>.</p>
        </footer>
      </body>
    </html>
  </xsl:template>

</xsl:stylesheet>
