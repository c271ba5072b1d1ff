<?xml version="1.0" encoding="UTF-8"?>
<!--
  The banner of a site built in spite of errors (build with the allow-errors option): every page says so and
  names the first errors; the home page lists them all. Nothing is shown when there were none.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:t="urn:tei-edition:template"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- How many errors a page other than the home page lists. -->
  <xsl:variable name="t:banner-limit" as="xs:integer" select="10"/>

  <xsl:template name="t:build-banner">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:param name="full" as="xs:boolean" select="false()"/>
    <xsl:if test="exists($build-errors)">
      <xsl:variable name="shown" select="if ($full) then $build-errors else $build-errors[position() le $t:banner-limit]"/>
      <aside class="build-errors" id="build-errors" aria-label="Errors in the sources" data-pagefind-ignore="">
        <p><strong>Built in spite of {count($build-errors)} error{if (count($build-errors) = 1) then '' else 's'} in the TEI sources</strong>:
          where they are, this site may be incomplete or wrong.</p>
        <details>
          <summary>The error{if (count($build-errors) = 1) then '' else 's'}</summary>
          <ul>
            <xsl:for-each select="$shown"><li><code>{.}</code></li></xsl:for-each>
          </ul>
          <xsl:if test="count($shown) lt count($build-errors)">
            <p>… and {count($build-errors) - count($shown)} more, listed on the <a href="{$root}index.html#build-errors">home page</a>.</p>
          </xsl:if>
        </details>
      </aside>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
