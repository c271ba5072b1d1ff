<?xml version="1.0" encoding="UTF-8"?>
<!-- Entry stylesheet: the register of persons (persons/index.html), alphabetical, with mention counts. -->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/render.xsl"/>

  <xsl:mode on-no-match="fail"/>

  <!-- Sort key: the surname, the last word of the regularised name without the birth name in
       brackets ("Leon Davidovich Trotsky (Bronstein)" → trotsky); a ruler's number keeps the whole
       name ("Nicholas II" → nicholas ii). Then the full name, for equal surnames. -->
  <xsl:function name="f:surname" as="xs:string">
    <xsl:param name="person" as="element(person)"/>
    <xsl:variable name="name" select="normalize-space(replace(f:agent-name($person/@xml:id), '\([^)]*\)', ''))"/>
    <xsl:variable name="last" select="replace($name, '^.*\s', '')"/>
    <xsl:sequence select="lower-case(if (matches($last, '^[IVX]+$')) then $name else $last)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:result-document href="index.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="root" select="'../'" tunnel="yes"/>
        <xsl:with-param name="title" select="'Register of persons'"/>
        <xsl:with-param name="page-class" select="'page-register'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>Register of persons</h1>
          <p>Every person mentioned in the texts of the edition, by surname, with the number of mentions.
            The register as data: <a href="../tei/persons.xml" type="application/tei+xml">persons.xml</a> (TEI).</p>
          <ul class="register">
            <xsl:for-each select="//listPerson//person[@xml:id]">
              <xsl:sort select="f:surname(.)" lang="en"/>
              <xsl:sort select="f:agent-name(@xml:id)" lang="en"/>
              <xsl:variable name="count" select="count($f:mentions(string(@xml:id)))"/>
              <li>
                <a href="{@xml:id}.html">{f:agent-name(@xml:id)}</a>
                <xsl:if test="f:life-dates(.) ne ''"> ({f:life-dates(.)})</xsl:if>
                <span class="count"> — {$count} mention{if ($count = 1) then '' else 's'}</span>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
