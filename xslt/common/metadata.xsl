<?xml version="1.0" encoding="UTF-8"?>
<!--
  Metadata of a text document, read from the places TEI defines for it, so that any project's
  headers work: the title from titleStmt; authors from titleStmt/author (a name, never the digits
  of its idnos), else a letter's senders; the date from correspDesc (a letter's sending), creation,
  the source description (the earliest date of a printed or original source) or publicationStmt;
  a letter's senders, addressees and place from correspDesc/correspAction.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- The main title; titles marked as subtitles, short or alternative titles only when there is no other. -->
  <xsl:function name="f:text-title" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="titles" select="$doc/TEI/teiHeader/fileDesc/titleStmt/title[normalize-space(.) ne '']"/>
    <xsl:sequence select="normalize-space(($titles[@type = 'main'], $titles[not(@type = ('sub', 'short', 'alt', 'desc'))], $titles,
      ($doc/TEI/text//head)[normalize-space(.) ne ''][1], f:text-id($doc))[1])"/>
  </xsl:function>

  <!-- Who wrote the text: titleStmt's authors, else the senders of a letter. -->
  <xsl:function name="f:text-authors" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="authors" select="$doc/TEI/teiHeader/fileDesc/titleStmt/author[f:agent-label(.) ne '']"/>
    <xsl:sequence select="if (exists($authors)) then $authors else f:letter-senders($doc)"/>
  </xsl:function>

  <!-- The display name of an author, sender or addressee element: its first name (forenames before
       the surname), without idnos, dates, notes or affiliations. -->
  <xsl:function name="f:agent-label" as="xs:string">
    <xsl:param name="agent" as="element()"/>
    <xsl:variable name="name" select="($agent/persName[not(@xml:lang)], $agent/persName, $agent/orgName, $agent/name)[1]"/>
    <xsl:sequence select="f:name-text(($name, $agent)[1])"/>
  </xsl:function>

  <xsl:function name="f:name-text" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="if ($name/(forename | surname))
      then normalize-space(string-join($name/(roleName | forename | nameLink | surname | genName), ' '))
      else normalize-space(string-join($name/(text() | (* except (idno | date | note | affiliation | birth | death))), ''))"/>
  </xsl:function>

  <!-- The date of the text (a date element), or () when the header gives none. -->
  <xsl:function name="f:text-date" as="element()?">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="header" select="$doc/TEI/teiHeader"/>
    <xsl:variable name="sent" select="($header/profileDesc/correspDesc/correspAction[@type = 'sent']/date)[1]"/>
    <xsl:variable name="created" select="($header/profileDesc/creation//date)[1]"/>
    <!-- A digital source's date is when it was put online, not when the text was written. -->
    <xsl:variable name="source-dates" select="$header/fileDesc/sourceDesc//date
      [not(ancestor::*[@type = ('digitalSource', 'digital')])][f:date-start(.) ne '' or normalize-space(.) ne '']"/>
    <xsl:variable name="earliest-source" select="(sort($source-dates, (), function($d) { f:sortable-date(f:date-start($d)) }))[1]"/>
    <!-- The publication date dates the text only when the text is born digital: a digitised source's
         edition was published long after the text was written. -->
    <xsl:variable name="born-digital" select="empty($header/fileDesc/sourceDesc/(bibl | biblStruct | biblFull | listBibl | msDesc | recordingStmt))"/>
    <xsl:sequence select="($sent, $created, $earliest-source, ($header/fileDesc/publicationStmt/date)[$born-digital][1])[1]"/>
  </xsl:function>

  <!-- A sort key of an ISO date from f:date-start: years before 0 first, '' last. -->
  <xsl:function name="f:sortable-date" as="xs:double">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="parts" select="if ($iso ne '') then f:date-parts($iso) else ()"/>
    <xsl:sequence select="if (empty($parts)) then 1e9 else $parts[1] + ($parts[2] - 1) div 12 + ($parts[3] - 1) div 372"/>
  </xsl:function>

  <!-- Correspondence: who sent a letter, to whom, from where. Both the standard form
       (correspAction sent / received) and a sent action naming its addressee with @type are read. -->
  <xsl:function name="f:letter-senders" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$doc/TEI/teiHeader/profileDesc/correspDesc[1]/correspAction[@type = 'sent']/(persName | orgName | name)[not(@type = 'addressee')]"/>
  </xsl:function>

  <xsl:function name="f:letter-addressees" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="actions" select="$doc/TEI/teiHeader/profileDesc/correspDesc[1]/correspAction"/>
    <xsl:sequence select="$actions[@type = 'received']/(persName | orgName | name), $actions[@type = 'sent']/(persName | orgName | name)[@type = 'addressee']"/>
  </xsl:function>

  <xsl:function name="f:letter-places" as="element()*">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="$doc/TEI/teiHeader/profileDesc/correspDesc[1]/correspAction[@type = 'sent']/placeName"/>
  </xsl:function>

</xsl:stylesheet>
