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
          <p>{$edition-title}{(', version ' || $edition-version)[$edition-version ne '']}{(' (' || $edition-date || ')')[$edition-date ne '']}.
            Made with tei-edition from TEI P5 sources; <a href="{$root}index.html#principles">editorial principles</a>.</p>
          <xsl:call-template name="t:licence-and-data"/>
        </footer>
      </body>
    </html>
  </xsl:template>

  <xsl:function name="f:data-label" as="xs:string">
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="
      if (starts-with($file, 'tei/')) then replace($file, '^.*/', '') || ' (register, TEI)'
      else if (ends-with($file, '.zip')) then 'the whole edition (' || $file || ')'
      else if ($file = 'cmif.xml') then 'letters (CMIF)'
      else if (starts-with($file, 'dts/')) then 'texts (DTS API)'
      else $file"/>
  </xsl:function>

  <!-- The licence on every page, and where the edition's data can be downloaded (src/export/). -->
  <xsl:template name="t:licence-and-data">
    <xsl:param name="root" as="xs:string" tunnel="yes" select="''"/>
    <xsl:if test="$edition-licence ne ''">
      <p class="licence">Licence: <xsl:choose>
          <xsl:when test="$edition-licence-url ne ''"><a rel="license" href="{$edition-licence-url}">{$edition-licence}</a></xsl:when>
          <xsl:otherwise>{$edition-licence}</xsl:otherwise>
        </xsl:choose> (the encoding and annotation; each text's own licence is on its page and in its TEI).</p>
    </xsl:if>
    <xsl:if test="exists($data-files)">
      <p class="data">Data:
        <xsl:for-each select="$data-files">
          <xsl:if test="position() gt 1"> · </xsl:if>
          <a href="{$root}{.}">{f:data-label(.)}</a>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
