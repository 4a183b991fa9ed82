#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QSet>

namespace Deskline::Widgets {

// A list model whose rows have stable keys (chat keys, message keys). Reloading moves the view
// from the old rows to the new ones as inserts, a layout change and removals, so selection,
// current item and scroll position stay on the same chat or message.
class KeyedListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    using QAbstractListModel::QAbstractListModel;

protected:
    template<typename Row, typename KeyOf>
    void replaceRows(QList<Row> &rows, QList<Row> next, KeyOf keyOf)
    {
        if (rows.isEmpty() && next.isEmpty())
            return;
        bool sameKeys = rows.size() == next.size();
        for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
            sameKeys = keyOf(rows.at(i)) == keyOf(next.at(i));
        if (sameKeys) {
            rows = std::move(next);
            emit dataChanged(index(0), index(int(rows.size()) - 1));
            return;
        }
        if (next.size() > rows.size()) {
            beginInsertRows({}, int(rows.size()), int(next.size()) - 1);
            rows.append(next.mid(rows.size()));
            endInsertRows();
        }
        // rows.size() >= next.size(): the new order, padded with rows that are going away.
        QSet<QString> nextKeys;
        for (const Row &r : next)
            nextKeys.insert(keyOf(r));
        const qsizetype padding = rows.size() - next.size();
        QList<Row> arranged = next;
        for (qsizetype i = 0; i < rows.size() && arranged.size() < next.size() + padding; ++i) {
            if (!nextKeys.contains(keyOf(rows.at(i))))
                arranged.append(rows.at(i));
        }
        while (arranged.size() < rows.size()) // duplicate keys in the old rows: keep the count
            arranged.append(rows.at(arranged.size()));
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> rowOf;
        for (qsizetype i = arranged.size() - 1; i >= 0; --i)
            rowOf.insert(keyOf(arranged.at(i)), int(i));
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &i : before) {
            const auto it = rowOf.constFind(keyOf(rows.at(i.row())));
            after.append(it == rowOf.cend() ? QModelIndex() : index(*it, i.column()));
        }
        rows = std::move(arranged);
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        if (padding > 0) {
            beginRemoveRows({}, int(next.size()), int(rows.size()) - 1);
            rows.resize(next.size());
            endRemoveRows();
        }
        if (!rows.isEmpty())
            emit dataChanged(index(0), index(int(rows.size()) - 1));
    }
};

} // namespace Deskline::Widgets
