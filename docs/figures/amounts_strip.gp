# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE
# (it writes the picture named below into the current directory).
set encoding utf8
if (!exists('cs_output')) cs_output = './amounts_strip.png'
set terminal pngcairo size 1000,346 font 'DejaVu Sans,10' noenhanced
set output cs_output
set termoption noenhanced
set linetype 1 lc rgb '#0072B2' lw 2 pt 7 ps 1.2
set linetype 2 lc rgb '#D55E00' lw 2 pt 5 ps 1.1
set linetype 3 lc rgb '#009E73' lw 2 pt 9 ps 1.3
set linetype 4 lc rgb '#E69F00' lw 2 pt 11 ps 1.3
set linetype 5 lc rgb '#CC79A7' lw 2 pt 13 ps 1.3
set linetype 6 lc rgb '#56B4E9' lw 2 pt 15 ps 1.2
set linetype 7 lc rgb '#F0E442' lw 2 pt 7 ps 1.2
set linetype 8 lc rgb '#000000' lw 2 pt 5 ps 1.1
set linetype cycle 8
set border 3 lc rgb '#404040'
set tics nomirror textcolor rgb '#202020'
set grid lc rgb '#E0E0E0' lw 1 dt 1
set key noenhanced
set title 'The 7 donors of the case file: amounts in tenge' noenhanced font ',13'
set bmargin 4.45
set yrange [0.4:3.6]
set link y2
set grid noytics xtics
unset key
set style fill solid 0.5 border lc rgb '#0072B2'
set xtics ( \
    '0' 0, \
    '5,000' 5000, \
    '10,000' 10000, \
    '15,000' 15000) nomirror noenhanced
set xrange [0:17258.707999999999]
set xlabel 'amount (KZT)' noenhanced
set ytics ( \
    'donated' 3, \
    'alleged by the prosecution' 2, \
    'alleged in the complaints' 1) nomirror scale 0 noenhanced
set y2tics ( \
    'median 3,500 KZT · n = 7' 3, \
    'median 3,000 KZT · n = 7' 2, \
    'median 2,500 KZT · n = 6' 1) scale 0 noenhanced
set label 'Each dot is one amount (spread vertically so they do not hide each other).  Black bar: median.' at character 1.5, character 0.65 left font ',9' textcolor rgb '#404040' noenhanced
$summary << CASESTAT_EOD
0 3 1325.8399999999999 2889.1300000000001 3500 4750 16500
1 2 2000 2500 3000 4000 5000
2 1 2000 2000 2500 3000 4000
CASESTAT_EOD
$values << CASESTAT_EOD
0 3500 2.7199999999999998
1 3500 3.066099033699941
2 2718.8400000000001 2.8521980673998821
3 3059.4200000000001 3.1982971010998233
4 6000 2.9843961347997645
5 16500 2.7704951684997057
6 1325.8399999999999 3.1165942021996469
7 3000 1.72
8 2000 2.066099033699941
9 5000 1.8521980673998824
10 3000 2.1982971010998233
11 3000 1.9843961347997645
12 5000 1.7704951684997057
13 2000 2.1165942021996469
14 2000 0.71999999999999997
15 2000 1.0660990336999412
16 4000 0.85219806739988224
17 2000 1.1982971010998233
18 3000 0.98439613479976462
19 3000 0.77049516849970567
CASESTAT_EOD
plot $values using 2:3 with points pt 7 ps 0.9 lc rgb '#400072B2' notitle, \
     $summary using 5:($2-0.38):(0):(0.76) with vectors nohead lc rgb '#000000' lw 3 notitle
